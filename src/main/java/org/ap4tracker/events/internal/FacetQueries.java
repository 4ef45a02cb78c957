package org.ap4tracker.events.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.TimelineFacets;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.internal.TimelineConditions.Dimension;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
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
    private final CjkLookup cjk;

    FacetQueries(JdbcTemplate jdbcTemplate, CjkLookup cjk) {
        this.jdbc = CustomPlans.client(jdbcTemplate);
        this.cjk = cjk;
    }

    public TimelineFacets count(TimelineFilter filter) {
        if (filter.text() != null) {
            return countMatches(filter);
        }
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

        return read(sql, params);
    }

    /**
     * The counts under a text search, which the kept counts cannot answer: each facet counts the newest
     * {@value TimelineFacets#COUNTED_UP_TO} matches of the rest of the filter at most, so that a word every
     * event has costs what ten thousand events do. The facets that reach the limit make the counts
     * {@code capped}; the number of events the list shows is counted up to the limit and one more.
     * Facets whose other conditions are the same (all of them, when the filter is the text alone) share one
     * walk of the matches. A Japanese or Korean word whose matches are kept is counted from them in memory
     * ({@link CjkMatchCounts}), the same counts without fetching every match again.
     */
    private TimelineFacets countMatches(TimelineFilter filter) {
        CjkMatches kept = cjk.kept(filter.text());
        if (kept != null) {
            return CjkMatchCounts.facets(kept, filter);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("countedUpTo", TimelineFacets.COUNTED_UP_TO + 1);
        Map<String, String> candidates = new LinkedHashMap<>();
        CjkText.Lookup form = cjk.lookup(filter.text());
        Function<@Nullable Dimension, String> matches = own -> {
            StringBuilder sql = new StringBuilder("""
                    select e.id, e.type, e.development_id, e.sort_date from event e where e.status = 'PUBLISHED'""");
            TimelineConditions.append(filter, own == null ? EnumSet.noneOf(Dimension.class) : EnumSet.of(own),
                    "e.sort_date", form, sql, params);
            sql.append(" order by e.sort_date desc, e.id desc limit :countedUpTo");
            return candidates.computeIfAbsent(sql.toString(), unused -> "matches_" + candidates.size());
        };
        String total = matches.apply(null);
        String types = matches.apply(Dimension.TYPES);
        String developments = matches.apply(Dimension.DEVELOPMENT);
        String years = matches.apply(Dimension.DATES);
        String actors = matches.apply(Dimension.ACTORS);
        String topics = matches.apply(Dimension.TOPICS);
        String sourceKinds = matches.apply(Dimension.SOURCE_KINDS);
        StringBuilder sql = new StringBuilder("with ");
        candidates.forEach((query, name) -> sql.append(name).append(" as materialized (").append(query).append("),\n"));
        sql.setLength(sql.length() - 2);
        sql.append("\n").append(String.join("\nunion all\n",
                "select 'total', null, count(*) from " + total,
                "select 'capped', null, count(*) from (%s) counted where n = :countedUpTo".formatted(
                        candidates.values().stream().map(name -> "select count(*) as n from " + name)
                                .reduce((a, b) -> a + " union all " + b).orElseThrow()),
                "select 'type', c.type, count(*) from %s c group by 2".formatted(types),
                "select 'development', d.slug, count(*) from %s c join development d on d.id = c.development_id group by 2"
                        .formatted(developments),
                "select 'year', extract(year from c.sort_date)::int::text, count(*) from %s c group by 2".formatted(years),
                labelled("actor", "select code from actor where id = counted.value",
                        "select l.actor_id as value, count(*) as n from %s c join event_actor l on l.event_id = c.id group by 1"
                                .formatted(actors)),
                labelled("topic", "select slug from topic where id = counted.value",
                        "select l.topic_id as value, count(*) as n from %s c join event_topic l on l.event_id = c.id group by 1"
                                .formatted(topics)),
                // Each candidate's kinds from its own sources (the primary key's index), not a join with all of them.
                """
                select 'sourceKind', s.kind, count(*) from %s c
                cross join lateral (select distinct s.kind from event_source s where s.event_id = c.id) s group by 2"""
                        .formatted(sourceKinds)));
        return read(sql.toString(), params);
    }

    private TimelineFacets read(String sql, Map<String, Object> params) {
        long[] total = { -1 };
        boolean[] capped = { false };
        Map<String, Long> actors = new HashMap<>();
        Map<EventType, Long> types = new EnumMap<>(EventType.class);
        Map<String, Long> topics = new HashMap<>();
        Map<String, Long> developments = new HashMap<>();
        TreeMap<Integer, Long> years = new TreeMap<>();
        Map<SourceKind, Long> sourceKinds = new EnumMap<>(SourceKind.class);
        jdbc.sql(sql).params(params).query(rs -> {
            String facet = rs.getString(1);
            String value = rs.getString(2);
            long count = rs.getLong(3);
            if (facet.equals("total")) {
                total[0] = count;
                return;
            }
            if (facet.equals("capped")) {
                capped[0] = count > 0;
                return;
            }
            if (value == null) {
                return;
            }
            switch (facet) {
                case "type" -> types.put(EventType.valueOf(value), count);
                case "development" -> developments.put(value, count);
                case "year" -> years.put(Integer.valueOf(value), count);
                case "actor" -> actors.put(value, count);
                case "topic" -> topics.put(value, count);
                case "sourceKind" -> sourceKinds.put(SourceKind.valueOf(value), count);
                default -> throw new IllegalStateException("Unknown facet " + facet);
            }
        });
        return new TimelineFacets(actors, types, topics, developments, years, sourceKinds, capped[0],
                total[0] < 0 ? null : total[0]);
    }

    /**
     * Published events per kind of source they cite (an event citing two kinds counts under each), counted from
     * the events: the kept counts know nothing of sources.
     */
    private static String sourceKindBranch(TimelineFilter filter, Map<String, Object> params) {
        if (keptCounts(filter, Dimension.SOURCE_KINDS)) {
            // Kept like the other facets since V35; counting from the events read every source.
            return keptBranch("sourceKind", "c.kind", filter, Dimension.SOURCE_KINDS, params)
                    .replace("from event_facet_count c", "from event_source_kind_count c");
        }
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
    /**
     * Whether the kept counts say that no event matches a filter that combines two or more of actor, topic,
     * type and storyline: a list or overview of such a filter walks one index and tests every row against the
     * rest, which for a common actor and a topic it never has means reading every event of the actor (five
     * seconds at a million events) to show nothing. One sum of a few kept rows answers it instead.
     */
    public boolean matchesNothing(TimelineFilter filter) {
        int combined = (filter.actors().isEmpty() ? 0 : 1) + (filter.topics().isEmpty() ? 0 : 1)
                + (filter.types().isEmpty() ? 0 : 1) + (filter.development() == null ? 0 : 1);
        if (combined < 2 || !keptCountsAnswer(filter)) {
            return false;
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select coalesce(sum(c.events), 0) from event_facet_count c");
        appendKeptConditions(filter, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single() == 0;
    }

    /** Whether the kept counts answer every facet of the filter, and so its overall counts. */
    static boolean keptCountsAnswer(TimelineFilter filter) {
        return filter.sourceKinds().isEmpty() && keptCounts(filter, Dimension.SOURCE_KINDS);
    }

    /**
     * Appends " where ..." selecting the kept counts of exactly the filter's events (one row per event and
     * key): those of its actor and topic, or the overall rows. Only for filters {@link #keptCountsAnswer}.
     */
    static void appendKeptConditions(TimelineFilter filter, StringBuilder sql, Map<String, Object> params) {
        String branch = keptBranch("density", "0", filter, Dimension.SOURCE_KINDS, params);
        sql.append(branch, branch.indexOf(" where "), branch.indexOf(" group by "));
    }

    private static boolean keptCounts(TimelineFilter filter, Dimension own) {
        boolean wholeYears = (filter.from() == null || filter.from().getDayOfYear() == 1)
                && (filter.to() == null || filter.to().plusDays(1).getDayOfYear() == 1);
        return filter.text() == null && filter.updatedSince() == null && wholeYears
                && (own == Dimension.SOURCE_KINDS || filter.sourceKinds().isEmpty())
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
