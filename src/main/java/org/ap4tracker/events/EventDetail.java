package org.ap4tracker.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Everything a reader sees on an event's own page. */
public record EventDetail(
        String slug,
        String title,
        String summary,
        @Nullable String body,
        HonestDate date,
        EventType type,
        @Nullable String location,
        EventStatus status,
        @Nullable String withdrawnReason,
        @Nullable DevelopmentRef development,
        List<ActorRef> actors,
        List<TopicRef> topics,
        List<SourceCitation> sources,
        List<AttributedStatement> statements,
        List<RelatedEvent> related,
        @Nullable Instant publishedAt,
        Instant updatedAt,
        long version) {

    public boolean isWithdrawn() {
        return status == EventStatus.WITHDRAWN;
    }

    public Provenance provenance() {
        return Provenance.of(sources);
    }
}
