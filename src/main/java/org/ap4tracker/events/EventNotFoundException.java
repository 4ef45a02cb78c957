package org.ap4tracker.events;

/** No event, in any state, has this slug. The web layer answers 404 for it. */
public class EventNotFoundException extends RuntimeException {

    public EventNotFoundException(String slug) {
        super("No event " + slug);
    }
}
