package org.ap4tracker.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An event as the edit form opens it: what the editor can change, plus its state and bookkeeping. */
public record EditableEvent(
        String slug,
        EventInput input,
        long version,
        EventStatus status,
        boolean slugFixed,
        @Nullable String withdrawnReason,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Nullable Instant publishedAt) {
}
