package org.ap4tracker.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a reader sees on an event's own page. {@code language} is the language of the title and summary,
 * {@code bodyLanguage} that of the body: the reader's where translated, else {@code en}, the original's.
 */
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
        long version,
        String language,
        String bodyLanguage) {

    /** An event in its original English. */
    public EventDetail(String slug, String title, String summary, @Nullable String body, HonestDate date,
            EventType type, @Nullable String location, EventStatus status, @Nullable String withdrawnReason,
            @Nullable DevelopmentRef development, List<ActorRef> actors, List<TopicRef> topics,
            List<SourceCitation> sources, List<AttributedStatement> statements, List<RelatedEvent> related,
            @Nullable Instant publishedAt, Instant updatedAt, long version) {
        this(slug, title, summary, body, date, type, location, status, withdrawnReason, development, actors, topics,
                sources, statements, related, publishedAt, updatedAt, version, "en", "en");
    }

    public boolean isWithdrawn() {
        return status == EventStatus.WITHDRAWN;
    }

    public Provenance provenance() {
        return Provenance.of(sources);
    }
}
