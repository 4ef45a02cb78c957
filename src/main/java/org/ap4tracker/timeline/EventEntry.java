package org.ap4tracker.timeline;

import org.ap4tracker.events.EventCard;

/** An event in a list, with its date already written out for the reader. */
record EventEntry(EventCard event, String date) {
}
