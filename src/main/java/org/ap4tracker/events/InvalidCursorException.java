package org.ap4tracker.events;

/** A paging cursor that this tracker did not issue. */
public class InvalidCursorException extends IllegalArgumentException {

    public InvalidCursorException(String token) {
        super("Not a valid paging cursor: " + token);
    }
}
