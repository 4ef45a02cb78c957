package org.ap4tracker.events.internal;

import java.util.List;
import java.util.Set;

import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineFacets;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A search in Japanese for a word that many events have is answered from its newest matches, as an English one
 * is, and says so ("10,000+"); a word of a few events is counted exactly. Both ways of looking the word up, all
 * matches from the bigram index or event by event newest first, find the same events. The events written here
 * are rolled back with the test's transaction.
 */
@TrackerIntegrationTest
@Transactional
class CjkSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    EventActorQueries eventActors;

    @Autowired
    TimelineQueries timeline;

    @Autowired
    FacetQueries facets;

    /** Queries that look every word of more than two candidates up event by event. */
    FacetQueries walkingFacets;

    TimelineQueries walkingTimeline;

    CjkLookup walking;

    @BeforeEach
    void setUp() {
        walking = new CjkLookup(jdbcTemplate, new CjkSearchProperties(2));
        walkingFacets = new FacetQueries(jdbcTemplate, walking);
        walkingTimeline = new TimelineQueries(jdbcTemplate, eventActors, walkingFacets, walking);
    }

    @Test
    void aWordInMoreEventsThanTheCountsCountShowsTenThousandPlusAndTheNewestMatchesFirst() throws Exception {
        insertTranslatedEvents("cjk-many", TimelineFacets.COUNTED_UP_TO + 5, "合成試験の会合");

        Document page = Jsoup.parse(mvc.perform(get("/ja/?q=合成試験&order=newest")).andReturn().getResponse()
                .getContentAsString());

        assertThat(page.text()).contains("出来事10,000件以上");
        assertThat(page.select(".entry__title").eachText()).first().isEqualTo("合成試験の会合 " + (TimelineFacets.COUNTED_UP_TO + 5));
        assertThat(walking.form("合成試験")).isEqualTo(CjkText.Form.WALK);
        for (FacetQueries counts : List.of(facets, walkingFacets)) {
            TimelineFacets counted = counts.count(search("合成試験", SortOrder.NEWEST_FIRST));
            assertThat(counted.capped()).isTrue();
            assertThat(counted.totalAtLeastCountedUpTo()).isTrue();
        }
        assertThat(titles(walkingTimeline, "合成試験", SortOrder.NEWEST_FIRST))
                .isEqualTo(titles(timeline, "合成試験", SortOrder.NEWEST_FIRST));
    }

    @Test
    void aWordOfAFewEventsIsCountedExactlyAndFoundTheSameEitherWay() throws Exception {
        insertTranslatedEvents("cjk-few", 3, "試験協議の会合");

        Document page = Jsoup.parse(mvc.perform(get("/ja/?q=試験協議")).andReturn().getResponse()
                .getContentAsString());

        assertThat(page.text()).contains("出来事3件");
        assertThat(page.select(".entry__title").eachText())
                .containsExactlyInAnyOrder("試験協議の会合 1", "試験協議の会合 2", "試験協議の会合 3");
        assertThat(walking.form("試験協議")).isEqualTo(CjkText.Form.WALK);
        assertThat(walking.form("存在しない語句")).isEqualTo(CjkText.Form.INDEX);
        for (SortOrder order : List.of(SortOrder.RELEVANCE, SortOrder.NEWEST_FIRST, SortOrder.OLDEST_FIRST)) {
            assertThat(titles(walkingTimeline, "試験協議", order)).isEqualTo(titles(timeline, "試験協議", order))
                    .hasSize(3);
            TimelineFacets exact = facets.count(search("試験協議", order));
            TimelineFacets walked = walkingFacets.count(search("試験協議", order));
            assertThat(exact.total()).isEqualTo(3);
            assertThat(exact.capped()).isFalse();
            assertThat(walked).isEqualTo(exact);
        }
        // A word said in a statement's original language is found event by event too.
        assertThat(titles(walkingTimeline, "地区和平", SortOrder.NEWEST_FIRST))
                .isEqualTo(titles(timeline, "地区和平", SortOrder.NEWEST_FIRST)).isNotEmpty();
    }

    /** Published events a day apart (the last the newest), each with a Japanese title {@code title n}. */
    private void insertTranslatedEvents(String slug, int count, String title) {
        jdbc.sql("""
                insert into event (slug, title, summary, start_date, date_precision, date_qualifier, type, status,
                                   created_by, updated_by, published_at)
                select :slug || '-' || n, 'Test event ' || n, 'Summary of test event ' || n,
                       date '1990-01-01' + n, 'DAY', 'EXACT', 'MEETING', 'PUBLISHED', 'test', 'test', now()
                from generate_series(1, :count) n""")
                .param("slug", slug).param("count", count).update();
        jdbc.sql("""
                insert into event_translation (event_id, lang, title, summary, source_digest, translated_by)
                select id, 'ja', :title || ' ' || substr(slug, length(:slug) + 2), '要約',
                       translation_source_digest(title, summary, body), 'test'
                from event where slug like :slug || '-%'""")
                .param("slug", slug).param("title", title).update();
    }

    private static List<String> titles(TimelineQueries queries, String word, SortOrder order) {
        return queries.page(search(word, order), null, 50).events().stream().map(EventCard::title).toList();
    }

    private static TimelineFilter search(String word, SortOrder order) {
        return new TimelineFilter(Set.of(), Set.of(), Set.of(), null, null, null, null, word, order);
    }
}
