package org.ap4tracker.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One saved change as the dashboard lists it; {@code kind} is "event" or "development". */
public record RecentChange(long revision, Instant madeAt, String username, @Nullable String action,
        @Nullable String changeNote, String kind, String slug, String title) {
}
