package org.ap4tracker.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One revision in an event's or storyline's history, with the fields it changed. */
public record RevisionEntry(long number, Instant madeAt, String username, @Nullable String clientAddress,
        @Nullable String action, @Nullable String changeNote, List<FieldChange> changes) {
}
