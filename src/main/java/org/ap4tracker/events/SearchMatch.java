package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/**
 * Where a text search found an event: its title and summary with the matched words marked, and, when the
 * words also occur in its body, statements or sources, an excerpt from there, so that a reader sees why an
 * event whose title says nothing of the words was listed.
 */
public record SearchMatch(MarkedText title, MarkedText summary, @Nullable MarkedText excerpt) {
}
