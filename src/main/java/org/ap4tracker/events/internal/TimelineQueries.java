package org.ap4tracker.events.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineCursor;
import org.ap4tracker.events.TimelineFacets;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.TimelinePage;
import org.ap4tracker.events.internal.TimelineConditions.Dimension;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pages of published events in timeline order, by keyset: each page starts after the (sort date, id) of
 * the last row shown, so a deep page costs what the first one does. A text search in order of relevance
 * pages by (rank, sort date, id) the same way. Every list takes two statements whatever its length: the
 * events, then the actors of all of them.
 */
@Repository
public class TimelineQueries {

    /** The columns of a card, and a search rank that is null unless the list is in order of relevance. */
    private static final String CARD_COLUMNS =
            "e.id, e.sort_date, e.slug, %s, e.type, e.updated_at, e.version, %s, %s, %%s as rank"
            .formatted(SqlRows.TEXT_COLUMNS, SqlRows.DATE_COLUMNS, SqlRows.DEVELOPMENT_COLUMNS);

    /**
     * How well an event matches the text: cover density, so words found close together count more, over the
     * weights of V23/V24 (title, summary, body, then statements and sources).
     */
    private static final String RANK = "ts_rank_cd(e.search_vector, " + TimelineConditions.TEXT_QUERY + ")";

    /**
     * How many of the newest matches a list by relevance ranks, the same number that facet counts count
     * under a text search ({@link TimelineFacets#COUNTED_UP_TO}).
     */
    static final int RANKED_CANDIDATES = TimelineFacets.COUNTED_UP_TO;

    /** Every published event, read in order from the timeline index. */
    private static final Keyset ALL_EVENTS = new Keyset("""
            select %s
            from event e
            left join development d on d.id = e.development_id
            %s
            where e.status = 'PUBLISHED'
            """.formatted(CARD_COLUMNS, SqlRows.TRANSLATION_JOINS), "e.sort_date", "e.id");

    /**
     * The published events of one actor, read in order from that actor's slice of the event_actor index:
     * a rare actor costs no more than a common one.
     */
    private static final Keyset ONE_ACTORS_EVENTS = new Keyset("""
            select %s
            from event_actor ea
            join event e on e.id = ea.event_id
            left join development d on d.id = e.development_id
            %s
            where ea.actor_id = (select id from actor where code = :actor) and ea.published
              and e.status = 'PUBLISHED'
            """.formatted(CARD_COLUMNS, SqlRows.TRANSLATION_JOINS), "ea.sort_date", "ea.event_id");

    private final CustomPlans.ForFilters plans;
    private final EventActorQueries eventActors;
    private final FacetQueries keptCounts;
    private final CjkLookup cjk;

    TimelineQueries(JdbcTemplate jdbcTemplate, EventActorQueries eventActors, FacetQueries keptCounts, CjkLookup cjk) {
        this.plans = CustomPlans.ForFilters.of(jdbcTemplate);
        this.eventActors = eventActors;
        this.keptCounts = keptCounts;
        this.cjk = cjk;
    }

    public TimelinePage page(TimelineFilter filter, @Nullable TimelineCursor after, int limit) {
        if (keptCounts.matchesNothing(filter)) {
            return new TimelinePage(List.of(), null);
        }
        if (after != null && !after.suits(filter.order())) {
            throw new IllegalArgumentException("A cursor without a rank cannot continue a list by relevance");
        }
        CjkMatches kept = cjk.kept(filter.text());
        if (kept != null) {
            return keptPage(kept, filter, after, limit);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("lang", ContentLanguage.current());
        Keyset keyset;
        if (filter.actors().size() == 1) {
            keyset = ONE_ACTORS_EVENTS;
            params.put("actor", filter.actors().iterator().next());
        }
        else {
            keyset = ALL_EVENTS;
        }
        boolean byRelevance = filter.order() == SortOrder.RELEVANCE;
        String rank = !byRelevance ? "null::real" : CjkText.in(filter.text()) ? CjkText.rank() : RANK;
        StringBuilder sql = new StringBuilder(keyset.select().formatted(rank));
        TimelineConditions.append(filter, keyset == ONE_ACTORS_EVENTS ? EnumSet.of(Dimension.ACTORS)
                : EnumSet.noneOf(Dimension.class), keyset.sortDate(), cjk.lookup(filter.text()), sql, params);
        boolean newestFirst = filter.order() != SortOrder.OLDEST_FIRST;
        if (byRelevance) {
            // Ranking costs a few microseconds an event: rank the newest candidates only, so that a word every
            // event has costs what ten thousand do. Below that many matches the order is exact.
            sql.insert(0, "select * from (").append(" order by ").append(keyset.sortDate()).append(" desc, ")
                    .append(keyset.id()).append(" desc limit :candidates) e");
            params.put("candidates", RANKED_CANDIDATES);
            if (after != null) {
                sql.append(" where (e.rank, e.sort_date, e.id) < (:afterRank, :afterDate, :afterId)");
                params.put("afterRank", after.rank());
                params.put("afterDate", after.sortDate());
                params.put("afterId", after.id());
            }
            sql.append(" order by e.rank desc, e.sort_date desc, e.id desc limit :limit");
            params.put("limit", limit + 1);
        }
        else {
            if (after != null) {
                sql.append(" and (%s, %s)".formatted(keyset.sortDate(), keyset.id()))
                        .append(newestFirst ? " < " : " > ").append("(:afterDate, :afterId)");
                params.put("afterDate", after.sortDate());
                params.put("afterId", after.id());
            }
            String direction = newestFirst ? " desc" : "";
            sql.append(" order by ").append(keyset.sortDate()).append(direction).append(", ").append(keyset.id())
                    .append(direction).append(CustomPlans.ForFilters.limit(filter, limit + 1, params));
        }

        List<Row> rows = rows(plans.of(filter), sql.toString(), params);
        boolean more = rows.size() > limit;
        List<Row> shown = more ? rows.subList(0, limit) : rows;
        return new TimelinePage(withActors(shown), more ? shown.get(shown.size() - 1).cursor() : null);
    }

    /**
     * A page of a search whose matches are kept: which events and in what order from memory
     * ({@link CjkMatchLists}), then those events alone from the database. In SQL a list by relevance fetched and
     * ranked ten thousand matches, each with its translation, to show fifty.
     */
    private TimelinePage keptPage(CjkMatches kept, TimelineFilter filter, @Nullable TimelineCursor after, int limit) {
        String lang = ContentLanguage.current();
        List<CjkMatchLists.Chosen> chosen = CjkMatchLists.page(kept, filter, after, limit + 1, lang);
        if (chosen.isEmpty()) {
            return new TimelinePage(List.of(), null);
        }
        Map<Long, Row> read = new HashMap<>();
        for (Row row : rows(plans.custom(), ALL_EVENTS.select().formatted("null::real") + " and e.id = any(:ids)",
                Map.of("lang", lang, "ids", chosen.stream().mapToLong(CjkMatchLists.Chosen::id).toArray()))) {
            read.put(row.id(), row);
        }
        List<Row> rows = new ArrayList<>(chosen.size());
        for (CjkMatchLists.Chosen match : chosen) {
            // Missing only if unpublished since the matches were kept: the next search collects them again.
            Row row = read.get(match.id());
            if (row != null) {
                rows.add(new Row(row.id(), match.rank(), row.card()));
            }
        }
        boolean more = chosen.size() > limit;
        List<Row> shown = rows.subList(0, Math.min(limit, rows.size()));
        return new TimelinePage(withActors(shown), more && !shown.isEmpty() ? shown.get(shown.size() - 1).cursor() : null);
    }

    private List<Row> rows(JdbcClient client, String sql, Map<String, ?> params) {
        return client.sql(sql).params(params).query((rs, n) -> new Row(
                rs.getLong("id"),
                (Float) rs.getObject("rank"),
                new EventCard(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                        EventType.valueOf(rs.getString("type")), SqlRows.honestDate(rs),
                        rs.getObject("sort_date", LocalDate.class), SqlRows.development(rs),
                        List.of(), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        rs.getLong("version"), rs.getString("text_language")))).list();
    }

    private List<EventCard> withActors(List<Row> rows) {
        Map<Long, List<ActorRef>> actors = eventActors.actorsOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(row -> {
            EventCard card = row.card();
            return new EventCard(card.slug(), card.title(), card.summary(), card.type(), card.date(), card.sortDate(),
                    card.development(), List.copyOf(actors.getOrDefault(row.id(), List.of())), card.updatedAt(),
                    card.version(), card.language());
        }).toList();
    }

    /**
     * A query that lists published events, and the columns that give its timeline order. Its select is a
     * format with one {@code %s}: the rank column, or null when the list is not ordered by relevance.
     */
    private record Keyset(String select, String sortDate, String id) {
    }

    private record Row(long id, @Nullable Float rank, EventCard card) {

        TimelineCursor cursor() {
            return new TimelineCursor(card.sortDate(), id, rank);
        }
    }
}
