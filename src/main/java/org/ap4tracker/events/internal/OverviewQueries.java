package org.ap4tracker.events.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineDensity;
import org.ap4tracker.events.TimelineFacets;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.internal.TimelineConditions.Dimension;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the timeline's overview draws, under the conditions the list uses: every event of a small range as a
 * card without actors, oldest first, or for a large range the number of events per storyline and month in
 * one grouped statement. A filter on one actor is read from that actor's slice of the event_actor index, as
 * the list reads it.
 */
@Repository
public class OverviewQueries {

    private final CustomPlans.ForFilters plans;

    private final FacetQueries keptCounts;
    private final CjkLookup cjk;

    OverviewQueries(JdbcTemplate jdbcTemplate, FacetQueries keptCounts, CjkLookup cjk) {
        this.plans = CustomPlans.ForFilters.of(jdbcTemplate);
        this.keptCounts = keptCounts;
        this.cjk = cjk;
    }

    /** At most {@code limit} events, oldest first, each without its actors. */
    public List<EventCard> marks(TimelineFilter filter, int limit) {
        if (keptCounts.matchesNothing(filter)) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select e.slug, ").append(SqlRows.TEXT_COLUMNS).append(", e.type, e.sort_date, e.updated_at, e.version, ")
                .append(SqlRows.DATE_COLUMNS).append(", ").append(SqlRows.DEVELOPMENT_COLUMNS);
        params.put("lang", ContentLanguage.current());
        CjkMatches kept = cjk.kept(filter.text());
        if (kept != null) {
            // The oldest matches chosen in memory (CjkMatchLists), then read by id.
            sql.append(" from event e left join development d on d.id = e.development_id").append(SqlRows.TRANSLATION_JOINS)
                    .append(" where e.status = 'PUBLISHED' and e.id = any(:ids) order by e.sort_date, e.id");
            params.put("ids", CjkMatchLists.page(kept, filter.inOrder(SortOrder.OLDEST_FIRST), null, limit,
                    ContentLanguage.current()).stream()
                    .mapToLong(CjkMatchLists.Chosen::id).toArray());
        }
        else {
            String sortDate = from(filter, sql, params, true);
            // The id of the row walked, so that one actor's events come in its index's order without a sort.
            String id = filter.actors().size() == 1 ? "ea.event_id" : "e.id";
            sql.append(" order by ").append(sortDate).append(", ").append(id)
                    .append(CustomPlans.ForFilters.limit(filter, limit, params));
        }
        return plans.of(filter).sql(sql.toString()).params(params).query((rs, n) -> new EventCard(rs.getString("slug"),
                rs.getString("title"), rs.getString("summary"), EventType.valueOf(rs.getString("type")),
                SqlRows.honestDate(rs), rs.getObject("sort_date", LocalDate.class), SqlRows.development(rs), List.of(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"),
                rs.getString("text_language"))).list();
    }

    /**
     * Events per storyline and month of their sort date; per year (each year's cell dated January) when the
     * axis is long enough for the chart's cells to be a year or more, read from the kept counts when they
     * answer the filter. Counting a million events by month cost about a second; the kept counts are a few
     * thousand rows.
     */
    public TimelineDensity density(TimelineFilter filter) {
        if (FacetQueries.keptCountsAnswer(filter)) {
            List<TimelineDensity.Cell> years = yearsFromKeptCounts(filter);
            int first = filter.from() != null ? filter.from().getYear()
                    : years.stream().mapToInt(cell -> cell.month().getYear()).min().orElse(0);
            int last = filter.to() != null ? filter.to().getYear()
                    : years.stream().mapToInt(cell -> cell.month().getYear()).max().orElse(0);
            if (years.isEmpty() || last - first + 1 > YEARS_IN_QUARTERS) {
                return new TimelineDensity(years);
            }
        }
        return monthsFromEvents(filter);
    }

    /**
     * The longest axis, in years, whose density strip has cells shorter than a year: OverviewChart draws at
     * most 176 cells a lane, so quarters up to 44 years and years or more beyond.
     */
    static final int YEARS_IN_QUARTERS = 44;

    private List<TimelineDensity.Cell> yearsFromKeptCounts(TimelineFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("""
                select d.slug as development_slug, c.year, sum(c.events) as n
                from event_facet_count c left join development d on d.id = c.development_id""");
        FacetQueries.appendKeptConditions(filter, sql, params);
        sql.append(" group by 1, 2 having sum(c.events) > 0");
        return plans.custom().sql(sql.toString()).params(params).query((rs, n) -> new TimelineDensity.Cell(
                rs.getString("development_slug"), YearMonth.of(rs.getInt("year"), 1), rs.getLong("n"))).list();
    }

    private TimelineDensity monthsFromEvents(TimelineFilter filter) {
        CjkMatches kept = cjk.kept(filter.text());
        if (kept != null) {
            return CjkMatchCounts.density(kept, filter);
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select d.slug as development_slug, date_trunc('month', e.sort_date)::date as month, count(*) as n");
        if (filter.text() != null) {
            // A word that a million events have cannot be counted by month in time: the strip of a search
            // counts its newest matches, as many as the facets count (TimelineFacets.COUNTED_UP_TO).
            sql.append(" from (select e.id, e.sort_date, e.development_id");
            from(filter, sql, params, false);
            sql.append(" order by e.sort_date desc, e.id desc limit :countedUpTo) e")
                    .append(" left join development d on d.id = e.development_id");
            params.put("countedUpTo", TimelineFacets.COUNTED_UP_TO);
        }
        else {
            from(filter, sql, params, false);
        }
        sql.append(" group by 1, 2");
        return new TimelineDensity(plans.custom().sql(sql.toString()).params(params)
                .query((rs, n) -> new TimelineDensity.Cell(rs.getString("development_slug"),
                        YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("n")))
                .list());
    }

    /**
     * Appends the from and where clauses of the filter and answers the sort date column they walk;
     * {@code translated} also joins the translations that {@link SqlRows#TEXT_COLUMNS} reads.
     */
    private String from(TimelineFilter filter, StringBuilder sql, Map<String, Object> params, boolean translated) {
        boolean oneActor = filter.actors().size() == 1;
        if (oneActor) {
            sql.append(" from event_actor ea join event e on e.id = ea.event_id")
                    .append(" left join development d on d.id = e.development_id")
                    .append(translated ? SqlRows.TRANSLATION_JOINS : "")
                    .append(" where ea.actor_id = (select id from actor where code = :actor) and ea.published")
                    .append(" and e.status = 'PUBLISHED'");
            params.put("actor", filter.actors().iterator().next());
        }
        else {
            sql.append(" from event e left join development d on d.id = e.development_id")
                    .append(translated ? SqlRows.TRANSLATION_JOINS : "").append(" where e.status = 'PUBLISHED'");
        }
        String sortDate = oneActor ? "ea.sort_date" : "e.sort_date";
        TimelineConditions.append(filter, oneActor ? EnumSet.of(Dimension.ACTORS) : EnumSet.noneOf(Dimension.class),
                sortDate, cjk.lookup(filter.text()), sql, params);
        return sortDate;
    }
}
