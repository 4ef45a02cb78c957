package org.ap4tracker.timeline;

import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.SearchMatch;
import org.jspecify.annotations.Nullable;

/** An event in a list, with its date already written out for the reader, and where a search found it. */
record EventEntry(EventCard event, String date, @Nullable SearchMatch match) {
}
