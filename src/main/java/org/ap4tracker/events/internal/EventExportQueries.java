package org.ap4tracker.events.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventExport;
import org.ap4tracker.events.SourceCitation;
import org.ap4tracker.events.TopicRef;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Adds to a page of event cards what feeds and exports show besides: three statements whatever the page's
 * length (the events' own columns, then the topics and the sources of all of them), never one per event.
 */
@Repository
public class EventExportQueries {

    private final JdbcClient jdbc;

    EventExportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The cards with their parts, in the cards' order. A card whose event stopped being published since the
     * page was read is left out, as the next read of the page would leave it out.
     */
    public List<EventExport> withParts(List<EventCard> cards) {
        if (cards.isEmpty()) {
            return List.of();
        }
        List<String> slugs = cards.stream().map(EventCard::slug).toList();
        Map<String, Columns> columns = new HashMap<>();
        jdbc.sql("""
                select e.id, e.slug, e.sort_date, e.location, e.published_at
                from event e where e.slug in (:slugs) and e.status = 'PUBLISHED'
                """)
                .param("slugs", slugs)
                .query((rs, n) -> new Columns(rs.getLong("id"), rs.getString("slug"),
                        rs.getObject("sort_date", LocalDate.class), rs.getString("location"),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .list()
                .forEach(row -> columns.put(row.slug(), row));
        List<Long> ids = columns.values().stream().map(Columns::id).toList();
        Map<Long, List<TopicRef>> topics = new HashMap<>();
        jdbc.sql("""
                select et.event_id, %s from event_topic et join topic t on t.id = et.topic_id
                where et.event_id in (:ids) order by et.event_id, t.label
                """.formatted(SqlRows.TOPIC_COLUMNS))
                .param("ids", ids)
                .param("lang", ContentLanguage.current())
                .query(rs -> {
                    topics.computeIfAbsent(rs.getLong("event_id"), id -> new ArrayList<>())
                            .add(SqlRows.topic(rs));
                });
        Map<Long, List<SourceCitation>> sources = new HashMap<>();
        jdbc.sql("""
                select s.event_id, s.url, s.title, s.publisher, s.published_on, s.accessed_on, s.archive_url, s.kind, %s
                from event_source s %s
                where s.event_id in (:ids) order by s.event_id, s.position
                """.formatted(SqlRows.LINK_DEAD, SqlRows.LAST_LINK_CHECK))
                .param("ids", ids)
                .query(rs -> {
                    sources.computeIfAbsent(rs.getLong("event_id"), id -> new ArrayList<>())
                            .add(SqlRows.source(rs));
                });
        List<EventExport> exports = new ArrayList<>(cards.size());
        for (EventCard card : cards) {
            Columns row = columns.get(card.slug());
            if (row != null) {
                exports.add(new EventExport(card, row.sortDate(), row.location(),
                        List.copyOf(topics.getOrDefault(row.id(), List.of())),
                        List.copyOf(sources.getOrDefault(row.id(), List.of())), row.publishedAt().toInstant()));
            }
        }
        return exports;
    }

    private record Columns(long id, String slug, LocalDate sortDate, @Nullable String location,
            OffsetDateTime publishedAt) {
    }
}
