package org.ap4tracker.events.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineCursor;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.TimelinePage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pages of published events in timeline order, by keyset: each page starts after the (sort date, id) of
 * the last row shown, so a deep page costs what the first one does. Every list takes two statements
 * whatever its length: the events, then the actors of all of them.
 */
@Repository
public class TimelineQueries {

    private static final String CARD_COLUMNS =
            "e.id, e.sort_date, e.slug, e.title, e.summary, e.type, e.updated_at, e.version, %s, %s"
            .formatted(SqlRows.DATE_COLUMNS, SqlRows.DEVELOPMENT_COLUMNS);

    /** Every published event, read in order from the timeline index. */
    private static final Keyset ALL_EVENTS = new Keyset("""
            select %s
            from event e
            left join development d on d.id = e.development_id
            where e.status = 'PUBLISHED'
            """.formatted(CARD_COLUMNS), "e.sort_date", "e.id");

    /**
     * The published events of one actor, read in order from that actor's slice of the event_actor index:
     * a rare actor costs no more than a common one.
     */
    private static final Keyset ONE_ACTORS_EVENTS = new Keyset("""
            select %s
            from event_actor ea
            join event e on e.id = ea.event_id
            left join development d on d.id = e.development_id
            where ea.actor_id = (select id from actor where code = :actor) and ea.published
              and e.status = 'PUBLISHED'
            """.formatted(CARD_COLUMNS), "ea.sort_date", "ea.event_id");

    private final JdbcClient jdbc;
    private final EventActorQueries eventActors;

    TimelineQueries(JdbcClient jdbc, EventActorQueries eventActors) {
        this.jdbc = jdbc;
        this.eventActors = eventActors;
    }

    public TimelinePage page(TimelineFilter filter, @Nullable TimelineCursor after, int limit) {
        Map<String, Object> params = new HashMap<>();
        Keyset keyset;
        if (filter.actors().size() == 1) {
            keyset = ONE_ACTORS_EVENTS;
            params.put("actor", filter.actors().iterator().next());
        }
        else {
            keyset = ALL_EVENTS;
        }
        StringBuilder sql = new StringBuilder(keyset.select());
        appendFilter(filter, keyset, sql, params);
        boolean newestFirst = filter.order() == SortOrder.NEWEST_FIRST;
        if (after != null) {
            sql.append(" and (%s, %s) %s (:afterDate, :afterId)"
                    .formatted(keyset.sortDate(), keyset.id(), newestFirst ? "<" : ">"));
            params.put("afterDate", after.sortDate());
            params.put("afterId", after.id());
        }
        String direction = newestFirst ? " desc" : "";
        sql.append(" order by ").append(keyset.sortDate()).append(direction)
                .append(", ").append(keyset.id()).append(direction);
        sql.append(" limit :limit");
        params.put("limit", limit + 1);

        List<Row> rows = rows(sql.toString(), params);
        boolean more = rows.size() > limit;
        List<Row> shown = more ? rows.subList(0, limit) : rows;
        return new TimelinePage(withActors(shown), more ? shown.get(shown.size() - 1).cursor() : null);
    }

    private List<Row> rows(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> new Row(
                rs.getLong("id"),
                rs.getObject("sort_date", LocalDate.class),
                new EventCard(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                        EventType.valueOf(rs.getString("type")), SqlRows.honestDate(rs), SqlRows.development(rs),
                        List.of(), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        rs.getLong("version")))).list();
    }

    private static void appendFilter(TimelineFilter filter, Keyset keyset, StringBuilder sql,
            Map<String, Object> params) {
        if (!filter.types().isEmpty()) {
            sql.append(" and e.type in (:types)");
            params.put("types", filter.types().stream().map(Enum::name).toList());
        }
        if (filter.actors().size() > 1) {
            sql.append("""
                     and exists (select 1 from event_actor ea join actor a on a.id = ea.actor_id
                                 where ea.event_id = e.id and a.code in (:actors))""");
            params.put("actors", filter.actors());
        }
        if (!filter.topics().isEmpty()) {
            sql.append("""
                     and exists (select 1 from event_topic et join topic t on t.id = et.topic_id
                                 where et.event_id = e.id and t.slug in (:topics))""");
            params.put("topics", filter.topics());
        }
        if (filter.development() != null) {
            sql.append(" and d.slug = :development");
            params.put("development", filter.development());
        }
        if (filter.from() != null) {
            sql.append(" and ").append(keyset.sortDate()).append(" >= :fromDate");
            params.put("fromDate", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and ").append(keyset.sortDate()).append(" <= :toDate");
            params.put("toDate", filter.to());
        }
        if (filter.updatedSince() != null) {
            sql.append(" and e.updated_at >= :updatedSince");
            params.put("updatedSince", OffsetDateTime.ofInstant(filter.updatedSince(), ZoneOffset.UTC));
        }
        if (filter.text() != null) {
            sql.append(" and e.search_vector @@ websearch_to_tsquery('english', :text)");
            params.put("text", filter.text());
        }
    }

    private List<EventCard> withActors(List<Row> rows) {
        Map<Long, List<ActorRef>> actors = eventActors.actorsOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(row -> {
            EventCard card = row.card();
            return new EventCard(card.slug(), card.title(), card.summary(), card.type(), card.date(),
                    card.development(), List.copyOf(actors.getOrDefault(row.id(), List.of())), card.updatedAt(),
                    card.version());
        }).toList();
    }

    /** A query that lists published events, and the columns that give its timeline order. */
    private record Keyset(String select, String sortDate, String id) {
    }

    private record Row(long id, LocalDate sortDate, EventCard card) {

        TimelineCursor cursor() {
            return new TimelineCursor(sortDate, id);
        }
    }
}
