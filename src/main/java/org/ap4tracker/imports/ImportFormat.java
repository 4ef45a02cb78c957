package org.ap4tracker.imports;

/** The kinds of file the desk imports. */
public enum ImportFormat {

    /** The tracker's own CSV export ({@code /events.csv}). */
    TRACKER_CSV,

    /** The CSV a TimelineJS Google Sheets template downloads as. */
    TIMELINEJS_CSV,

    /** The JSON of {@code /api/v1/events}: a page ({@code {"events": [...]}}), a list of events, or one event. */
    API_JSON
}
