package org.ap4tracker.timeline;

import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.SearchMatch;
import org.jspecify.annotations.Nullable;

/**
 * An event in a list, with what its card shows worked out once in Java rather than by expressions in the
 * template for every card: its date written out for the reader, its type's CSS modifier
 * ({@code type-badge--agreement}) and name in the reader's language, and where a search found it.
 */
record EventEntry(EventCard event, String date, String typeClass, String typeName, @Nullable SearchMatch match) {
}
