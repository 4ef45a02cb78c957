package org.ap4tracker.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A published event as a list shows it: enough to recognise it and follow the link. {@code updatedAt} and
 * {@code version} say when and how often its record last changed.
 */
public record EventCard(
        String slug,
        String title,
        String summary,
        EventType type,
        HonestDate date,
        @Nullable DevelopmentRef development,
        List<ActorRef> actors,
        Instant updatedAt,
        long version) {
}
