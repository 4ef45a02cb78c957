package org.ap4tracker.events.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineCursor;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.TimelinePage;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches keep plans made for their own words on a pooled connection that has run many searches before.
 * The driver names a statement after five executions and PostgreSQL may then give it one generic plan for
 * every word, which at a million events turned a 2 ms search into hundreds of milliseconds. The timeline that
 * restricts nothing has no words to plan for and runs from one generic plan. One transaction holds one
 * connection, so every statement here runs on the same one.
 */
@TrackerIntegrationTest
class SearchPlanTests {

    @Autowired
    TimelineQueries timeline;

    @Autowired
    FacetQueries facets;

    @Autowired
    OverviewQueries overview;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everySearchOnOneConnectionIsPlannedForItsWordsAndFindsWhatItShould() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int round = 0; round < 8; round++) {
                for (String word : List.of("NATO", "Japan", "Tokyo", "zyzzyva")) {
                    for (SortOrder order : List.of(SortOrder.RELEVANCE, SortOrder.NEWEST_FIRST)) {
                        timeline.page(search(word, order), null, 20);
                        facets.count(search(word, order));
                    }
                }
            }
            // After 64 executions of each statement the answers are still each word's own ...
            List<String> tokyo = timeline.page(search("Tokyo", SortOrder.NEWEST_FIRST), null, 100).events().stream()
                    .map(EventCard::title).toList();
            assertThat(tokyo).isNotEmpty().allSatisfy(title -> assertThat(title).isNotBlank());
            assertThat(timeline.page(search("zyzzyva", SortOrder.RELEVANCE), null, 20).events()).isEmpty();
            long everyEvent = jdbc.sql("select count(*) from event where status = 'PUBLISHED'").query(Long.class)
                    .single();
            assertThat(facets.count(search("NATO", SortOrder.RELEVANCE)).total()).isPositive()
                    .isLessThanOrEqualTo(everyEvent);
            // ... and none of the search statements on this connection runs a generic plan.
            List<Long> genericPlans = jdbc.sql("""
                    select generic_plans from pg_prepared_statements where statement like '%websearch_to_tsquery%'
                    """).query(Long.class).list();
            assertThat(genericPlans).allMatch(plans -> plans == 0);
        });
    }

    @Test
    void theTimelineThatRestrictsNothingRunsFromOneCachedPlanAndStillPagesInOrder() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<String> inTimelineOrder = jdbc.sql("""
                    select slug from event where status = 'PUBLISHED' order by sort_date desc, id desc""")
                    .query(String.class).list();
            // The driver names a statement at its fifth execution, PostgreSQL plans a named one for its values
            // five times before comparing its generic plan: the tenth page of a kind is the first it may reuse.
            for (int round = 0; round < 12; round++) {
                assertThat(everyPageOf(TimelineFilter.everything(), 4)).containsExactlyElementsOf(inTimelineOrder);
            }
            List<String> oldestFirst = new ArrayList<>(inTimelineOrder);
            Collections.reverse(oldestFirst);
            assertThat(everyPageOf(TimelineFilter.everything().inOrder(SortOrder.OLDEST_FIRST), 4))
                    .containsExactlyElementsOf(oldestFirst);
            // The pages' statement was named by the driver and PostgreSQL now runs it from its generic plan,
            // planned once for the whole connection rather than once a page.
            List<Long> genericPlans = jdbc.sql("""
                    select generic_plans from pg_prepared_statements
                    where statement like '%order by e.sort_date desc, e.id desc limit 5'
                    """).query(Long.class).list();
            assertThat(genericPlans).isNotEmpty().allMatch(plans -> plans > 0);
        });
    }

    @Test
    void theOverviewOfTheWholeTimelineRunsFromOneCachedPlanAndAFilteredOneIsPlannedForItsValues() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<String> oldestFirst = jdbc.sql("""
                    select slug from event where status = 'PUBLISHED' order by sort_date, id limit 7""")
                    .query(String.class).list();
            TimelineFilter japan = new TimelineFilter(Set.of("JP"), Set.of(), Set.of(), null, 2000, null,
                    SortOrder.NEWEST_FIRST);
            for (int round = 0; round < 12; round++) {
                assertThat(overview.marks(TimelineFilter.everything(), 7)).extracting(EventCard::slug)
                        .containsExactlyElementsOf(oldestFirst);
                assertThat(overview.marks(japan, 7)).isNotEmpty();
            }
            List<Long> wholeTimeline = jdbc.sql("""
                    select generic_plans from pg_prepared_statements
                    where statement like '%order by e.sort_date, e.id limit 7'
                    """).query(Long.class).list();
            assertThat(wholeTimeline).isNotEmpty().allMatch(plans -> plans > 0);
            // The filtered overview is never named, so it never reaches the cache of prepared statements.
            assertThat(jdbc.sql("""
                    select count(*) from pg_prepared_statements where statement like '%ea.sort_date, ea.event_id%'
                    """).query(Long.class).single()).isZero();
        });
    }

    private List<String> everyPageOf(TimelineFilter filter, int size) {
        List<String> slugs = new ArrayList<>();
        TimelineCursor after = null;
        do {
            TimelinePage page = timeline.page(filter, after, size);
            page.events().forEach(event -> slugs.add(event.slug()));
            after = page.next();
        }
        while (after != null);
        return slugs;
    }

    private static TimelineFilter search(String word, SortOrder order) {
        return new TimelineFilter(Set.of(), Set.of(), Set.of(), null, null, null, null, word, order);
    }
}
