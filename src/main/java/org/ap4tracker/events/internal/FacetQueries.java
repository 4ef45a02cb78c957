package org.ap4tracker.events.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.TimelineFacets;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.internal.TimelineConditions.Dimension;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the timeline's facets in one statement: a grouped count per facet, each under every condition of
 * the filter but its own, joined by UNION ALL. The counts use the conditions the timeline list uses.
 *
 * <p>Most filters are answered from the counts the database keeps in event_facet_count (V24), summing a few
 * hundred rows whatever the number of events. The rest (a text search, several actors or topics at once) are
 * counted from the events, each facet from the narrowest index that holds what it groups by: types,
 * storylines and years their partial indexes on published events, actors and topics the copies of sort date
 * and published state on event_actor and event_topic, without visiting the events when the rest of the filter
 * is a date range.
 */
@Repository
public class FacetQueries {

    private final JdbcClient jdbc;

    FacetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TimelineFacets count(TimelineFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String sql = String.join("\nunion all\n",
                keptCounts(filter, Dimension.TYPES)
                        ? keptBranch("type", "c.type", filter, Dimension.TYPES, params)
                        : eventBranch("type", "e.type", filter, Dimension.TYPES, params),
                """
                select 'development', d.slug, counted.n
                from (%s) counted join development d on d.id = counted.value"""
                        .formatted(keptCounts(filter, Dimension.DEVELOPMENT)
                                ? keptBranch("development", "c.development_id", filter, Dimension.DEVELOPMENT, params)
                                : eventBranch("development", "e.development_id", filter, Dimension.DEVELOPMENT, params)),
                keptCounts(filter, Dimension.DATES)
                        ? keptBranch("year", "c.year::text", filter, Dimension.DATES, params)
                        : eventBranch("year", "extract(year from e.sort_date)::int::text", filter, Dimension.DATES, params),
                labelled("actor", "select code from actor where id = counted.value",
                        keptCounts(filter, Dimension.ACTORS)
                                ? keptBranch("actor", "c.actor_id", filter, Dimension.ACTORS, params)
                                : linkBranch("event_actor", "actor_id", filter, Dimension.ACTORS, params)),
                labelled("topic", "select slug from topic where id = counted.value",
                        keptCounts(filter, Dimension.TOPICS)
                                ? keptBranch("topic", "c.topic_id", filter, Dimension.TOPICS, params)
                                : linkBranch("event_topic", "topic_id", filter, Dimension.TOPICS, params)),
                sourceKindBranch(filter, params));

        Map<String, Long> actors = new HashMap<>();
        Map<EventType, Long> types = new EnumMap<>(EventType.class);
        Map<String, Long> topics = new HashMap<>();
        Map<String, Long> developments = new HashMap<>();
        TreeMap<Integer, Long> years = new TreeMap<>();
        Map<SourceKind, Long> sourceKinds = new EnumMap<>(SourceKind.class);
        jdbc.sql(sql).params(params).query(rs -> {
            String value = rs.getString("value");
            long count = rs.getLong("n");
            if (value == null) {
                return;
            }
            switch (rs.getString("facet")) {
                case "type" -> types.put(EventType.valueOf(value), count);
                case "development" -> developments.put(value, count);
                case "year" -> years.put(Integer.valueOf(value), count);
                case "actor" -> actors.put(value, count);
                case "topic" -> topics.put(value, count);
                case "sourceKind" -> sourceKinds.put(SourceKind.valueOf(value), count);
                default -> throw new IllegalStateException("Unknown facet " + rs.getString("facet"));
            }
        });
        return new TimelineFacets(actors, types, topics, developments, years, sourceKinds);
    }

    /**
     * Published events per kind of source they cite (an event citing two kinds counts under each), counted from
     * the events: the kept counts know nothing of sources.
     */
    private static String sourceKindBranch(TimelineFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("""
                select 'sourceKind' as facet, s.kind as value, count(distinct e.id) as n
                from event e join event_source s on s.event_id = e.id where e.status = 'PUBLISHED'""");
        TimelineConditions.append(filter, EnumSet.of(Dimension.SOURCE_KINDS), "e.sort_date", sql, params);
        return sql.append(" group by 2").toString();
    }

    /** A count of published events grouped by one of their own columns. */
    private static String eventBranch(String facet, String value, TimelineFilter filter, Dimension own,
            Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("select '%s' as facet, %s as value, count(*) as n from event e"
                .formatted(facet, value)).append(" where e.status = 'PUBLISHED'");
        TimelineConditions.append(filter, EnumSet.of(own), "e.sort_date", sql, params);
        return sql.append(" group by 2").toString();
    }

    /**
     * A count of published events per actor or topic, read from the link table's copies of sort date and
     * published state; the events themselves are joined only when the filter restricts more than dates.
     */
    private static String linkBranch(String table, String idColumn, TimelineFilter filter, Dimension own,
            Map<String, Object> params) {
        StringBuilder counted = new StringBuilder("select l.%s as value, count(*) as n from %s l".formatted(idColumn, table));
        if (TimelineConditions.restrictsBeyondDates(filter, own)) {
            counted.append(" join event e on e.id = l.event_id where l.published and e.status = 'PUBLISHED'");
        }
        else {
            counted.append(" where l.published");
        }
        TimelineConditions.append(filter, EnumSet.of(own), "l.sort_date", counted, params);
        return counted.append(" group by 1").toString();
    }

    private static String labelled(String facet, String label, String counted) {
        return "select '%s', (%s), counted.n from (%s) counted".formatted(facet, label, counted);
    }

    /**
     * Whether the counts kept in event_facet_count (V24) answer this facet exactly: they are kept by year,
     * type and storyline, overall and for one actor, one topic or one of each, so the rest of the filter may
     * name whole years, types, a storyline, one actor and one topic, but no text or time of change.
     */
    private static boolean keptCounts(TimelineFilter filter, Dimension own) {
        boolean wholeYears = (filter.from() == null || filter.from().getDayOfYear() == 1)
                && (filter.to() == null || filter.to().plusDays(1).getDayOfYear() == 1);
        return filter.text() == null && filter.updatedSince() == null && wholeYears
                && filter.sourceKinds().isEmpty()
                && (own == Dimension.ACTORS || filter.actors().size() <= 1)
                && (own == Dimension.TOPICS || filter.topics().size() <= 1);
    }

    /**
     * A facet summed from the kept counts: for actors and topics their own rows, for the rest the overall
     * rows or those of the one actor or topic filtered on (each event is counted once per key there).
     */
    private static String keptBranch(String facet, String value, TimelineFilter filter, Dimension own,
            Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("select '%s' as facet, %s as value, sum(c.events) as n from event_facet_count c"
                .formatted(facet, value));
        if (own == Dimension.ACTORS) {
            sql.append(" where c.actor_id <> 0");
        }
        else if (!filter.actors().isEmpty()) {
            sql.append(" where c.actor_id = (select id from actor where code = :keptActor)");
            params.put("keptActor", filter.actors().iterator().next());
        }
        else {
            sql.append(" where c.actor_id = 0");
        }
        if (own == Dimension.TOPICS) {
            sql.append(" and c.topic_id <> 0");
        }
        else if (!filter.topics().isEmpty()) {
            sql.append(" and c.topic_id = (select id from topic where slug = :keptTopic)");
            params.put("keptTopic", filter.topics().iterator().next());
        }
        else {
            sql.append(" and c.topic_id = 0");
        }
        if (own != Dimension.TYPES && !filter.types().isEmpty()) {
            sql.append(" and c.type in (:types)");
            params.put("types", filter.types().stream().map(Enum::name).toList());
        }
        if (own != Dimension.DEVELOPMENT && filter.development() != null) {
            sql.append(" and c.development_id = (select id from development where slug = :development)");
            params.put("development", filter.development());
        }
        if (own != Dimension.DATES && filter.from() != null) {
            sql.append(" and c.year >= :fromYear");
            params.put("fromYear", filter.from().getYear());
        }
        if (own != Dimension.DATES && filter.to() != null) {
            sql.append(" and c.year <= :toYear");
            params.put("toYear", filter.to().getYear());
        }
        return sql.append(" group by 2 having sum(c.events) > 0").toString();
    }
}
