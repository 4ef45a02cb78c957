package org.ap4tracker.events.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.ap4tracker.events.EventType;
import org.ap4tracker.events.TimelineFacets;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.internal.TimelineConditions.Dimension;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the timeline's facets in one statement: a grouped count per facet, each under every condition of
 * the filter but its own, joined by UNION ALL. The counts use the conditions the timeline list uses.
 *
 * <p>Each count reads the narrowest index that holds what it groups by: types, storylines and years their
 * partial indexes on published events, and actors and topics the copies of sort date and published state on
 * event_actor and event_topic, without visiting the events at all when the rest of the filter is only a
 * date range. So counting everything touches index entries only.
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
                eventBranch("type", "e.type", filter, Dimension.TYPES, params),
                """
                select 'development', d.slug, counted.n
                from (%s) counted join development d on d.id = counted.value"""
                        .formatted(eventBranch("development", "e.development_id", filter, Dimension.DEVELOPMENT, params)),
                eventBranch("year", "extract(year from e.sort_date)::int::text", filter, Dimension.DATES, params),
                linkBranch("actor", "event_actor", "actor_id", "select code from actor where id = counted.value",
                        filter, Dimension.ACTORS, params),
                linkBranch("topic", "event_topic", "topic_id", "select slug from topic where id = counted.value",
                        filter, Dimension.TOPICS, params));

        Map<String, Long> actors = new HashMap<>();
        Map<EventType, Long> types = new EnumMap<>(EventType.class);
        Map<String, Long> topics = new HashMap<>();
        Map<String, Long> developments = new HashMap<>();
        TreeMap<Integer, Long> years = new TreeMap<>();
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
                default -> throw new IllegalStateException("Unknown facet " + rs.getString("facet"));
            }
        });
        return new TimelineFacets(actors, types, topics, developments, years);
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
    private static String linkBranch(String facet, String table, String idColumn, String label, TimelineFilter filter,
            Dimension own, Map<String, Object> params) {
        StringBuilder counted = new StringBuilder("select l.%s as value, count(*) as n from %s l".formatted(idColumn, table));
        if (TimelineConditions.restrictsBeyondDates(filter, own)) {
            counted.append(" join event e on e.id = l.event_id where l.published and e.status = 'PUBLISHED'");
        }
        else {
            counted.append(" where l.published");
        }
        TimelineConditions.append(filter, EnumSet.of(own), "l.sort_date", counted, params);
        counted.append(" group by 1");
        return "select '%s', (%s), counted.n from (%s) counted".formatted(facet, label, counted);
    }
}
