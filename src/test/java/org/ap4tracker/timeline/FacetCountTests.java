package org.ap4tracker.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineFacets;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.internal.FacetCountCompaction;
import org.ap4tracker.support.Pages;
import org.ap4tracker.support.Pages.Page;
import org.ap4tracker.support.StatementCounter;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Facet counts against a hand-counted fixture: five events whose titles share a word no other event has, so
 * that a search for it narrows the timeline to them. Four are published:
 *
 * <pre>
 *   date        type      actors     topic          storyline
 *   2034-03-01  SUMMIT    JP, NATO   cyber-defence  tokyo-liaison-office
 *   2034-06-01  SUMMIT    KR         -              -
 *   2035-02-01  MEETING   JP         cyber-defence  -
 *   2035-09-01  STATEMENT AU         space          nato-japan-itpp
 * </pre>
 *
 * and one, a SUMMIT with JP in 2034, is a draft that no count may include. The rows are committed, since the
 * pages are read over HTTP, and deleted afterwards.
 */
@TrackerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetCountTests {

    static final String WORD = "facetfixture";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    StatementCounter statements;

    @Autowired
    FacetCountCompaction compaction;

    @BeforeAll
    void insertTheFixture() {
        insert("2034-03-01-a", "2034-03-01", "SUMMIT", "PUBLISHED", List.of("JP", "NATO"), "cyber-defence", "tokyo-liaison-office");
        insert("2034-06-01-b", "2034-06-01", "SUMMIT", "PUBLISHED", List.of("KR"), null, null);
        insert("2035-02-01-c", "2035-02-01", "MEETING", "PUBLISHED", List.of("JP"), "cyber-defence", null);
        insert("2035-09-01-d", "2035-09-01", "STATEMENT", "PUBLISHED", List.of("AU"), "space", "nato-japan-itpp");
        insert("2034-04-01-e", "2034-04-01", "SUMMIT", "DRAFT", List.of("JP"), "cyber-defence", "tokyo-liaison-office");
    }

    @AfterAll
    void deleteTheFixture() {
        jdbc.sql("delete from event where title like '%" + WORD + "%'").update();
    }

    @Test
    void eachFacetCountsWhatItsChoiceWouldListUnderTheRestOfTheFilter() {
        TimelineFacets all = catalog.facets(search(Set.of(), Set.of(), null, null));

        assertThat(all.types()).containsOnly(entry(EventType.SUMMIT, 2L), entry(EventType.MEETING, 1L),
                entry(EventType.STATEMENT, 1L));
        assertThat(all.actors()).containsOnly(entry("JP", 2L), entry("NATO", 1L), entry("KR", 1L), entry("AU", 1L));
        assertThat(all.topics()).containsOnly(entry("cyber-defence", 2L), entry("space", 1L));
        assertThat(all.developments()).containsOnly(entry("tokyo-liaison-office", 1L), entry("nato-japan-itpp", 1L));
        assertThat(all.years()).containsExactly(entry(2034, 2L), entry(2035, 2L));

        // Choosing summits keeps the other types' counts, so that more can be added, and narrows the rest.
        TimelineFacets summits = catalog.facets(search(Set.of(EventType.SUMMIT), Set.of(), null, null));
        assertThat(summits.types()).isEqualTo(all.types());
        assertThat(summits.actors()).containsOnly(entry("JP", 1L), entry("NATO", 1L), entry("KR", 1L));
        assertThat(summits.topics()).containsOnly(entry("cyber-defence", 1L));
        assertThat(summits.years()).containsExactly(entry(2034, 2L));

        TimelineFacets japanIn2035 = catalog.facets(search(Set.of(), Set.of("JP"), LocalDate.of(2035, 1, 1),
                LocalDate.of(2035, 12, 31)));
        assertThat(japanIn2035.actors()).containsOnly(entry("JP", 1L), entry("AU", 1L));
        assertThat(japanIn2035.types()).containsOnly(entry(EventType.MEETING, 1L));
        assertThat(japanIn2035.years()).containsExactly(entry(2034, 1L), entry(2035, 1L));
        assertThat(japanIn2035.type(EventType.SUMMIT)).isZero();
    }

    @Test
    void theTimelineFormShowsTheCountsBesideEachChoice() {
        Page page = new Pages(port).get("/?q=" + WORD + "&type=SUMMIT");

        assertThat(count(page, "input[name=type][value=SUMMIT]")).isEqualTo("2");
        assertThat(count(page, "input[name=type][value=MEETING]")).isEqualTo("1");
        assertThat(count(page, "input[name=type][value=REPORT]")).isEqualTo("0");
        assertThat(count(page, "input[name=actor][value=JP]")).isEqualTo("1");
        assertThat(count(page, "input[name=actor][value=AU]")).isEqualTo("0");
        assertThat(count(page, "input[name=topic][value=cyber-defence]")).isEqualTo("1");
        assertThat(page.html().select("#development option[value=tokyo-liaison-office]").text()).endsWith("(1)");
        assertThat(page.html().select(".year-facets li").eachText()).containsExactly("2034 2");
        assertThat(page.html().select(".year-facets a").attr("href"))
                .isEqualTo("/?q=" + WORD + "&type=SUMMIT&from=2034&to=2034");
        assertThat(page.html().select(".entry")).hasSize(2);
    }

    @Test
    void aPublishedChangeIsCountedAtOnce() {
        assertThat(catalog.facets(search(Set.of(), Set.of(), null, null)).type(EventType.SUMMIT)).isEqualTo(2);
        jdbc.sql("update event set status = 'PUBLISHED', published_at = now() where slug = '2034-04-01-e'").update();
        try {
            assertThat(catalog.facets(search(Set.of(), Set.of(), null, null)).type(EventType.SUMMIT)).isEqualTo(3);
        }
        finally {
            jdbc.sql("update event set status = 'DRAFT' where slug = '2034-04-01-e'").update();
        }
        assertThat(catalog.facets(search(Set.of(), Set.of(), null, null)).type(EventType.SUMMIT)).isEqualTo(2);
    }

    @Test
    void theCountsTheDatabaseKeepsAgreeWithTheEventsThroughEveryKindOfChange() {
        assertThat(keptCountsThatDisagree()).isEmpty();
        assertThat(sourceKindCountsThatDisagree()).isEmpty();

        // Published, retyped, moved to another storyline and year, links changed, taken back, deleted.
        jdbc.sql("update event set status = 'PUBLISHED', published_at = now() where slug = '2034-04-01-e'").update();
        jdbc.sql("update event set type = 'AGREEMENT', development_id = null, start_date = '2036-01-01' where slug = '2034-03-01-a'")
                .update();
        jdbc.sql("delete from event_actor where event_id = (select id from event where slug = '2034-03-01-a') and actor_id = (select id from actor where code = 'NATO')")
                .update();
        jdbc.sql("insert into event_topic (event_id, topic_id) select e.id, t.id from event e, topic t where e.slug = '2034-06-01-b' and t.slug = 'space'")
                .update();
        // Sources: two of a kind the event did not cite at once (counted once), then one changes kind.
        jdbc.sql("""
                insert into event_source (event_id, position, url, title, kind)
                select e.id, p, 'https://example.org/view/' || p, 'A view ' || p, 'OPINION'
                from event e, generate_series(7, 8) p where e.slug = '2034-06-01-b'""").update();
        jdbc.sql("update event_source set kind = 'ANALYSIS' where url = 'https://example.org/view/7'").update();
        assertThat(keptCountsThatDisagree()).isEmpty();
        assertThat(sourceKindCountsThatDisagree()).isEmpty();
        assertThat(catalog.facets(search(Set.of(), Set.of(), null, null)).types())
                .containsOnly(entry(EventType.SUMMIT, 2L), entry(EventType.MEETING, 1L), entry(EventType.STATEMENT, 1L),
                        entry(EventType.AGREEMENT, 1L));

        jdbc.sql("update event set status = 'DRAFT' where slug = '2034-04-01-e'").update();
        jdbc.sql("delete from event where slug = '2035-09-01-d'").update();
        assertThat(keptCountsThatDisagree()).isEmpty();
        assertThat(sourceKindCountsThatDisagree()).isEmpty();

        // Every change appended rows; compaction sums them to one a key and the counts stay the same.
        int rows = jdbc.sql("select count(*) from event_facet_count").query(Integer.class).single();
        assertThat(compaction.compact()).isPositive();
        assertThat(jdbc.sql("select count(*) from event_facet_count").query(Integer.class).single()).isLessThan(rows);
        assertThat(jdbc.sql("""
                select count(*) from (select 1 from event_facet_count
                group by actor_id, topic_id, year, type, development_id having count(*) > 1) repeated
                """).query(Integer.class).single()).isZero();
        assertThat(keptCountsThatDisagree()).isEmpty();
        assertThat(sourceKindCountsThatDisagree()).isEmpty();

        deleteTheFixture();
        insertTheFixture();
        assertThat(keptCountsThatDisagree()).isEmpty();
        assertThat(sourceKindCountsThatDisagree()).isEmpty();
    }

    @Test
    void filtersTheKeptCountsAnswerGiveTheSameCountsAsCountingTheEvents() {
        // Without the search word the counts come from event_facet_count; the same filter with a date range that
        // does not fall on whole years has to count the events. Both must agree.
        for (TimelineFilter kept : List.of(
                filter(Set.of(), Set.of(), Set.of(), null),
                filter(Set.of(EventType.SUMMIT), Set.of(), Set.of(), null),
                filter(Set.of(), Set.of("JP"), Set.of(), null),
                filter(Set.of(EventType.SUMMIT, EventType.MEETING), Set.of(), Set.of("cyber-defence"), null),
                filter(Set.of(), Set.of("JP"), Set.of(), "tokyo-liaison-office"),
                filter(Set.of(), Set.of("JP"), Set.of("cyber-defence"), null),
                filter(Set.of(EventType.SUMMIT), Set.of("NATO"), Set.of("cyber-defence"), null))) {
            TimelineFilter counted = new TimelineFilter(kept.actors(), kept.types(), kept.topics(), kept.development(),
                    LocalDate.of(1900, 1, 2), LocalDate.of(2100, 12, 30), null, null, SortOrder.NEWEST_FIRST);
            assertThat(catalog.facets(kept)).as(kept.toString()).isEqualTo(catalog.facets(counted));
        }
    }

    @Test
    void allFacetsTakeOneStatementAndARepeatedFilterIsServedFromTheCache() {
        TimelineFilter filter = search(Set.of(EventType.MEETING), Set.of("JP"), null, null);

        statements.reset();
        catalog.facets(filter);
        int first = statements.count();
        statements.reset();
        catalog.facets(filter);
        int again = statements.count();

        // One for the public version, one for all the counts; then only the first.
        assertThat(first).isEqualTo(2);
        assertThat(again).isEqualTo(1);
    }

    /** Rows of event_source_kind_count (V35) that differ from counting the published events' sources now. */
    private List<String> sourceKindCountsThatDisagree() {
        return jdbc.sql("""
                with counted as (
                    select extract(year from e.sort_date)::int as year, e.type, coalesce(e.development_id, 0) as development_id,
                           k.actor_id, k.topic_id, s.kind::varchar as kind, count(*) as events
                    from event e
                    join (select distinct event_id, kind from event_source) s on s.event_id = e.id
                    cross join lateral (
                        select 0::bigint as actor_id, 0::bigint as topic_id
                        union all select ea.actor_id, 0 from event_actor ea where ea.event_id = e.id
                        union all select 0, et.topic_id from event_topic et where et.event_id = e.id
                        union all select ea.actor_id, et.topic_id from event_actor ea
                                  join event_topic et on et.event_id = ea.event_id where ea.event_id = e.id) k
                    where e.status = 'PUBLISHED'
                    group by 1, 2, 3, 4, 5, 6),
                kept as (select year, type, development_id, actor_id, topic_id, kind, sum(events) as events
                         from event_source_kind_count group by 1, 2, 3, 4, 5, 6 having sum(events) <> 0)
                (select 'kept ' || kept::text from kept except all select 'kept ' || counted::text from counted)
                union all
                (select 'counted ' || counted::text from counted except all select 'counted ' || kept::text from kept)
                """).query(String.class).list();
    }

    /** Rows of event_facet_count that differ from counting the published events and their links now. */
    private List<String> keptCountsThatDisagree() {
        return jdbc.sql("""
                with counted as (
                    select extract(year from e.sort_date)::int as year, e.type, coalesce(e.development_id, 0) as development_id,
                           k.actor_id, k.topic_id, count(*) as events
                    from event e
                    cross join lateral (
                        select 0::bigint as actor_id, 0::bigint as topic_id
                        union all select ea.actor_id, 0 from event_actor ea where ea.event_id = e.id
                        union all select 0, et.topic_id from event_topic et where et.event_id = e.id
                        union all select ea.actor_id, et.topic_id from event_actor ea
                                  join event_topic et on et.event_id = ea.event_id where ea.event_id = e.id) k
                    where e.status = 'PUBLISHED'
                    group by 1, 2, 3, 4, 5),
                kept as (select year, type, development_id, actor_id, topic_id, sum(events) as events from event_facet_count
                         group by 1, 2, 3, 4, 5 having sum(events) <> 0)
                (select 'kept ' || kept::text from kept except all select 'kept ' || counted::text from counted)
                union all
                (select 'counted ' || counted::text from counted except all select 'counted ' || kept::text from kept)
                """).query(String.class).list();
    }

    private static TimelineFilter filter(Set<EventType> types, Set<String> actors, Set<String> topics,
            @Nullable String development) {
        return new TimelineFilter(actors, types, topics, development, null, null, null, null, SortOrder.NEWEST_FIRST);
    }

    private static TimelineFilter search(Set<EventType> types, Set<String> actors, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        return new TimelineFilter(actors, types, Set.of(), null, from, to, null, WORD, SortOrder.RELEVANCE);
    }

    private static String count(Page page, String checkbox) {
        return page.html().select("label.check:has(" + checkbox + ") .facet-count").text();
    }

    private void insert(String slug, String day, String type, String status, List<String> actors,
            @Nullable String topic, @Nullable String development) {
        long id = jdbc.sql("""
                insert into event (slug, title, summary, start_date, date_precision, date_qualifier, type, status,
                                   development_id, created_by, updated_by, published_at)
                values (:slug, :title, 'A fixture for facet counts.', cast(:day as date), 'DAY', 'EXACT', :type, :status,
                        (select id from development where slug = :development), 'test', 'test',
                        case when :status = 'PUBLISHED' then now() end)
                returning id
                """)
                .params(Map.of("slug", slug, "title", "Event " + slug + " " + WORD, "day", day, "type", type,
                        "status", status))
                .param("development", development)
                .query(Long.class).single();
        jdbc.sql("insert into event_source (event_id, position, url, title) values (:id, 0, 'https://example.org/', 'A source')")
                .param("id", id).update();
        for (String actor : actors) {
            jdbc.sql("insert into event_actor (event_id, actor_id) select :id, id from actor where code = :code")
                    .param("id", id).param("code", actor).update();
        }
        if (topic != null) {
            jdbc.sql("insert into event_topic (event_id, topic_id) select :id, id from topic where slug = :topic")
                    .param("id", id).param("topic", topic).update();
        }
    }
}
