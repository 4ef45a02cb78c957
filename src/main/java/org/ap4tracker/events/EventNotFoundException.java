package org.ap4tracker.events;

import org.ap4tracker.system.NotFoundException;

/** No event, in any state, has this slug. Pages answer 404 for it ({@link NotFoundException}). */
public class EventNotFoundException extends NotFoundException {

    public EventNotFoundException(String slug) {
        super("No event " + slug);
    }
}
