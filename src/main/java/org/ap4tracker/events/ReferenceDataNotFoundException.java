package org.ap4tracker.events;

/** No storyline, actor or topic has this slug or code. The web layer answers 404 for it. */
public class ReferenceDataNotFoundException extends RuntimeException {

    public ReferenceDataNotFoundException(String kind, String key) {
        super("No " + kind + " " + key);
    }
}
