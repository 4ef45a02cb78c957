package org.ap4tracker.events;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One page of a timeline with each event's parts for feeds and exports, and the cursor for the next page. */
public record ExportPage(List<EventExport> events, @Nullable TimelineCursor next) {

    public boolean hasNext() {
        return next != null;
    }
}
