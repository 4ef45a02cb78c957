package org.ap4tracker.timeline;

import org.ap4tracker.system.AlternateLink;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The forms other than HTML in which any view of the timeline can be taken elsewhere. Each takes the
 * timeline's own query string ({@link TimelineParams}), so a filtered page links to the same filter as a
 * feed, a calendar or a spreadsheet. The paths are constants so that the controllers serving them can map
 * them.
 */
@NamedInterface("query")
public enum TimelineFormat {

    ATOM(TimelineFormat.ATOM_PATH, "application/atom+xml", true),
    JSON_FEED(TimelineFormat.JSON_FEED_PATH, "application/feed+json", true),
    ICALENDAR(TimelineFormat.ICALENDAR_PATH, "text/calendar", false),
    CSV(TimelineFormat.CSV_PATH, "text/csv", false),
    TIMELINEJS(TimelineFormat.TIMELINEJS_PATH, "application/json", false);

    public static final String ATOM_PATH = "/feed.atom";
    public static final String JSON_FEED_PATH = "/feed.json";
    public static final String ICALENDAR_PATH = "/calendar.ics";
    public static final String CSV_PATH = "/events.csv";
    public static final String TIMELINEJS_PATH = "/timelinejs.json";

    private final String path;
    private final String mediaType;
    private final boolean feed;

    TimelineFormat(String path, String mediaType, boolean feed) {
        this.path = path;
        this.mediaType = mediaType;
        this.feed = feed;
    }

    public String path() {
        return path;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether feed readers subscribe to it, and so whether pages announce it in their head. */
    public boolean isFeed() {
        return feed;
    }

    /** This format of the view a query string selects; paging is dropped, since every format starts at the top. */
    public String href(@Nullable String timelineQuery) {
        return UriComponentsBuilder.fromPath(path).query(timelineQuery).replaceQueryParam("cursor").build(true)
                .toUriString();
    }

    public AlternateLink alternate(@Nullable String timelineQuery, String title) {
        return new AlternateLink(mediaType, title, href(timelineQuery));
    }
}
