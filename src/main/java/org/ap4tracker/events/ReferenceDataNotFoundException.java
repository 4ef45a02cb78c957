package org.ap4tracker.events;

import org.ap4tracker.system.NotFoundException;

/** No storyline, actor or topic has this slug or code. Pages answer 404 for it ({@link NotFoundException}). */
public class ReferenceDataNotFoundException extends NotFoundException {

    public ReferenceDataNotFoundException(String kind, String key) {
        super("No " + kind + " " + key);
    }
}
