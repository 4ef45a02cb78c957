package org.ap4tracker.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An event in any state, as the editors' event list shows it. */
public record DeskEvent(long id, String slug, String title, EventStatus status, EventType type, HonestDate date,
        @Nullable String developmentTitle, Instant updatedAt, String updatedBy) {
}
