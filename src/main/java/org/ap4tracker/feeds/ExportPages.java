package org.ap4tracker.feeds;

import java.util.ArrayList;
import java.util.List;

import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventExport;
import org.ap4tracker.events.ExportPage;
import org.ap4tracker.events.TimelineCursor;
import org.ap4tracker.events.TimelineFilter;

/**
 * Walks a filter's events page by page along the timeline's keyset, so that a long export holds one page in
 * memory at a time and costs the same few statements per page wherever it is in the timeline.
 */
final class ExportPages {

    private ExportPages() {
    }

    /** The first {@code max} events of the filter, in its order. */
    static List<EventExport> first(EventCatalog catalog, TimelineFilter filter, int max) {
        List<EventExport> events = new ArrayList<>();
        TimelineCursor after = null;
        do {
            ExportPage page = catalog.exportPage(filter, after, Math.min(FeedLimits.PAGE_SIZE, max - events.size()));
            events.addAll(page.events());
            after = page.next();
        }
        while (after != null && events.size() < max);
        return events;
    }
}
