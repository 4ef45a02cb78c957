package org.ap4tracker.events;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One page of a timeline and, when there is more, the cursor for the next. */
public record TimelinePage(List<EventCard> events, @Nullable TimelineCursor next) {

    public boolean hasNext() {
        return next != null;
    }
}
