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
                branch("type", "e.type", "event e", filter, Dimension.TYPES, params),
                branch("development", "d.slug", "event e join development d on d.id = e.development_id", filter,
                        Dimension.DEVELOPMENT, params),
                branch("year", "extract(year from e.sort_date)::int::text", "event e", filter, Dimension.DATES, params),
                branch("actor", "a.code",
                        "event_actor ea join actor a on a.id = ea.actor_id join event e on e.id = ea.event_id",
                        filter, Dimension.ACTORS, params),
                branch("topic", "t.slug",
                        "event_topic et join topic t on t.id = et.topic_id join event e on e.id = et.event_id",
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

    private static String branch(String facet, String value, String from, TimelineFilter filter, Dimension own,
            Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("select '%s' as facet, %s as value, count(*) as n from %s"
                .formatted(facet, value, from)).append(" where e.status = 'PUBLISHED'");
        TimelineConditions.append(filter, EnumSet.of(own), "e.sort_date", sql, params);
        return sql.append(" group by 2").toString();
    }
}
