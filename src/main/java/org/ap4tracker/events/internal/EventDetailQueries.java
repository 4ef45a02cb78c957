package org.ap4tracker.events.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.ap4tracker.events.AttributedStatement;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.EventStatus;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.RelatedEvent;
import org.ap4tracker.events.SourceCitation;
import org.ap4tracker.events.Stance;
import org.ap4tracker.events.TopicRef;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads one event with all its parts: one statement for the event, one for each kind of part. A withdrawn
 * event's tombstone shows only its title and reason, so its parts are not loaded.
 */
@Repository
public class EventDetailQueries {

    private final JdbcClient jdbc;
    private final EventActorQueries eventActors;

    EventDetailQueries(JdbcClient jdbc, EventActorQueries eventActors) {
        this.jdbc = jdbc;
        this.eventActors = eventActors;
    }

    /** The event with this slug unless it is a draft: published, or withdrawn (for its tombstone). */
    public Optional<EventDetail> findPublic(String slug) {
        return find(slug, false, ContentLanguage.current())
                .map(loaded -> loaded.event().isWithdrawn() ? loaded.event() : withParts(loaded.event(), loaded.id(), true));
    }

    /**
     * The event with this slug in any state, with all its parts, as editors see it: related events are
     * listed whatever their state, since the relation is part of what an editor writes. Always the original
     * English text, whatever the editor's language: it is what the desk edits.
     */
    public Optional<EventDetail> findAny(String slug) {
        return find(slug, true, ContentLanguage.ORIGINAL).map(loaded -> withParts(loaded.event(), loaded.id(), false));
    }

    private Optional<Loaded> find(String slug, boolean includeDrafts, String language) {
        return jdbc.sql("""
                select e.id, e.slug, %s, coalesce(nullif(btrim(tr.body), ''), e.body) as body,
                       case when btrim(tr.body) <> '' then tr.lang else 'en' end as body_language,
                       e.type, e.location, e.status, e.withdrawn_reason,
                       e.published_at, e.updated_at, e.version, %s, %s
                from event e
                left join development d on d.id = e.development_id
                %s
                where e.slug = :slug and (:includeDrafts or e.status <> 'DRAFT')
                """.formatted(SqlRows.TEXT_COLUMNS, SqlRows.DATE_COLUMNS, SqlRows.DEVELOPMENT_COLUMNS,
                        SqlRows.TRANSLATION_JOINS))
                .param("lang", language)
                .param("slug", slug)
                .param("includeDrafts", includeDrafts)
                .query((rs, n) -> new Loaded(rs.getLong("id"), new EventDetail(rs.getString("slug"), rs.getString("title"),
                        rs.getString("summary"), rs.getString("body"), SqlRows.honestDate(rs),
                        EventType.valueOf(rs.getString("type")), rs.getString("location"),
                        EventStatus.valueOf(rs.getString("status")), rs.getString("withdrawn_reason"),
                        SqlRows.development(rs), List.of(), List.of(), List.of(), List.of(), List.of(),
                        instant(rs.getObject("published_at", OffsetDateTime.class)),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"),
                        rs.getString("text_language"), rs.getString("body_language"))))
                .optional();
    }

    private EventDetail withParts(EventDetail event, long id, boolean publishedRelatedOnly) {
        return new EventDetail(event.slug(), event.title(), event.summary(), event.body(), event.date(),
                event.type(), event.location(), event.status(), event.withdrawnReason(), event.development(),
                eventActors.actorsOf(id), topics(id), sources(id), statements(id), related(id, publishedRelatedOnly), event.publishedAt(),
                event.updatedAt(), event.version(), event.language(), event.bodyLanguage());
    }

    private List<TopicRef> topics(long eventId) {
        return jdbc.sql("""
                select %s from event_topic et join topic t on t.id = et.topic_id
                where et.event_id = :id order by t.label
                """.formatted(SqlRows.TOPIC_COLUMNS))
                .param("id", eventId)
                .param("lang", ContentLanguage.current())
                .query((rs, n) -> SqlRows.topic(rs))
                .list();
    }

    private List<SourceCitation> sources(long eventId) {
        return jdbc.sql("""
                select s.url, s.title, s.publisher, s.published_on, s.accessed_on, s.archive_url, s.kind, %s
                from event_source s %s
                where s.event_id = :id order by s.position
                """.formatted(SqlRows.LINK_DEAD, SqlRows.LAST_LINK_CHECK))
                .param("id", eventId)
                .query((rs, n) -> SqlRows.source(rs))
                .list();
    }

    private List<AttributedStatement> statements(long eventId) {
        return jdbc.sql("""
                select s.speaker, s.speaker_role, s.stated_on, s.quote, s.paraphrase, s.language, s.original_text,
                       s.stance, s.source_url, %s
                from event_statement s left join actor a on a.id = s.actor_id
                where s.event_id = :id order by s.position
                """.formatted(SqlRows.ACTOR_COLUMNS))
                .param("id", eventId)
                .param("lang", ContentLanguage.current())
                .query((rs, n) -> new AttributedStatement(rs.getString("speaker"), rs.getString("speaker_role"),
                        SqlRows.actor(rs), SqlRows.localDate(rs, "stated_on"), rs.getString("quote"),
                        rs.getString("paraphrase"), rs.getString("language"), rs.getString("original_text"),
                        Stance.valueOf(rs.getString("stance")), rs.getString("source_url")))
                .list();
    }

    /** Oldest first; events of the same day by slug, so the order is the same in every copy of the data. */
    private List<RelatedEvent> related(long eventId, boolean publishedOnly) {
        return jdbc.sql("""
                select e.slug, coalesce(tr.title, e.title) as title, %s
                from event_link l
                join event e on e.id = case when l.event_a_id = :id then l.event_b_id else l.event_a_id end
                left join event_translation tr on tr.event_id = e.id and tr.lang = :lang
                where (l.event_a_id = :id or l.event_b_id = :id) and (not :publishedOnly or e.status = 'PUBLISHED')
                order by e.sort_date, e.slug
                """.formatted(SqlRows.DATE_COLUMNS))
                .param("id", eventId)
                .param("publishedOnly", publishedOnly)
                .param("lang", ContentLanguage.current())
                .query((rs, n) -> new RelatedEvent(rs.getString("slug"), rs.getString("title"), SqlRows.honestDate(rs)))
                .list();
    }

    private record Loaded(long id, EventDetail event) {
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
