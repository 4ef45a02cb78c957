package org.ap4tracker.events.internal;

import java.util.List;
import java.util.Set;

import org.ap4tracker.events.EventType;
import org.ap4tracker.events.HonestDate;
import org.jspecify.annotations.Nullable;

/** What an editor writes about an event, with its references already resolved to entities. */
public record EventContent(
        String title,
        String summary,
        @Nullable String body,
        HonestDate date,
        EventType type,
        @Nullable Development development,
        @Nullable String location,
        Set<Actor> actors,
        Set<Topic> topics,
        List<Source> sources,
        List<Statement> statements) {
}
