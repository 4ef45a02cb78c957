package org.ap4tracker.feeds;

import org.ap4tracker.events.EventCatalog;

/**
 * How many events each format holds. Feeds carry the newest few, as feed readers expect; the calendar and
 * the TimelineJS export are capped so that one request stays cheap, while the CSV export streams every
 * matching event page by page.
 */
final class FeedLimits {

    /** Atom and JSON Feed entries: the newest events of the filter. */
    static final int FEED_ENTRIES = 50;

    /** iCalendar events: the newest of the filter. */
    static final int CALENDAR_EVENTS = 1000;

    /** TimelineJS slides: the newest of the filter; the viewer slows down with many more. */
    static final int TIMELINEJS_EVENTS = 500;

    /** Events read per statement when a format walks the timeline page by page. */
    static final int PAGE_SIZE = EventCatalog.MAX_PAGE_SIZE;

    private FeedLimits() {
    }
}
