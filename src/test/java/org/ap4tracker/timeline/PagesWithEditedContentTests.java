package org.ap4tracker.timeline;

import java.time.LocalDate;

import org.ap4tracker.support.StatementCounter;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages over data the test writes itself (drafts, withdrawals, hostile input, many events). MockMvc runs in
 * the test's transaction, so the data is rolled back afterwards.
 */
@TrackerIntegrationTest
@Transactional
class PagesWithEditedContentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(jdbc);
    }

    @Test
    void aWithdrawnEventAnswersGoneWithItsReason() throws Exception {
        events.withdrawn("2030-01-01-withdrawn", LocalDate.of(2030, 1, 1), "A withdrawn event",
                "It duplicated the Vilnius Summit entry.");

        MvcResult result = mvc.perform(get("/events/2030-01-01-withdrawn")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(410);
        Document page = html(result);
        assertThat(page.select("h1").text()).isEqualTo("This event has been withdrawn");
        assertThat(page.select(".tombstone__reason").text()).isEqualTo("It duplicated the Vilnius Summit entry.");
    }

    @Test
    void aDraftIsNotPublic() throws Exception {
        events.draft("2030-01-01-draft", LocalDate.of(2030, 1, 1), "An unpublished draft");

        assertThat(mvc.perform(get("/events/2030-01-01-draft")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(html(mvc.perform(get("/")).andReturn()).text()).doesNotContain("An unpublished draft");
    }

    @Test
    void theOlderLinkContinuesAfterTheLastEventShownAndKeepsTheFilters() throws Exception {
        for (int i = 0; i < 60; i++) {
            events.published("2030-02-%02d-many-%d".formatted(1 + i % 28, i), LocalDate.of(2030, 2, 1 + i % 28),
                    "Many " + i, "NATO");
        }

        Document first = html(mvc.perform(get("/?actor=NATO")).andReturn());
        String older = first.select(".paging__next").attr("href");
        Document second = html(mvc.perform(get(older)).andReturn());

        assertThat(first.select(".entry")).hasSize(TimelinePageModel.PAGE_SIZE);
        assertThat(older).startsWith("/?actor=NATO&cursor=");
        assertThat(first.select(".paging__next").text()).isEqualTo("Older events");
        int involvingNato = jdbc.sql("""
                select count(*) from event e join event_actor ea on ea.event_id = e.id
                join actor a on a.id = ea.actor_id where a.code = 'NATO' and e.status = 'PUBLISHED'
                """).query(Integer.class).single();
        assertThat(second.select(".entry")).hasSize(involvingNato - TimelinePageModel.PAGE_SIZE);
        assertThat(second.select(".entry__title").eachText()).doesNotContainAnyElementsOf(
                first.select(".entry__title").eachText());
        assertThat(second.select(".paging__first").attr("href")).isEqualTo("/?actor=NATO");
        assertThat(second.select(".paging__next")).isEmpty();
    }

    @Test
    void aTimelinePageCostsTheSameFewStatementsWhateverItsSize() throws Exception {
        for (int i = 0; i < 60; i++) {
            events.published("2030-03-01-cost-%d".formatted(i), LocalDate.of(2030, 3, 1), "Cost " + i, "JP");
        }

        int fullPage = statementsFor("/");
        int smallPage = statementsFor("/?actor=DK");

        assertThat(html(mvc.perform(get("/")).andReturn()).select(".entry")).hasSize(50);
        // The events and their actors; the form's actors, topics and storylines; all facet counts in one; the
        // overview's marks. This test's transaction has written, so nothing is kept under the public version and
        // a page read again costs the same; FilterChoicesTests counts a page whose choices and counts are kept.
        assertThat(fullPage).isEqualTo(smallPage).isEqualTo(7);
        assertThat(statementsFor("/")).isEqualTo(fullPage);
    }

    @Test
    void anEventPageCostsAFixedNumberOfStatements() throws Exception {
        assertThat(statementsFor("/events/2023-07-11-vilnius-summit")).isLessThanOrEqualTo(7);
        assertThat(statementsFor("/developments")).isEqualTo(1);
    }

    @Test
    void markupAndScriptsInEditedTextRenderInert() throws Exception {
        String payload = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        long id = events.published("2030-04-01-hostile", LocalDate.of(2030, 4, 1), "Title " + payload, "NATO");
        jdbc.sql("update event set summary = :s, location = :s where id = :id").param("s", "Summary " + payload)
                .param("id", id).update();
        events.setBody(id, """
                Body with <script>alert('body')</script> and <b onclick="alert(2)">bold</b>.

                [a javascript link](javascript:alert(3)) and [a real one](https://www.nato.int/)
                """);
        jdbc.sql("""
                insert into event_statement (event_id, position, speaker, speaker_role, quote, stance)
                values (:id, 0, :p, :p, :p, 'MIXED')
                """).param("id", id).param("p", payload).update();

        for (String path : new String[] {"/", "/events/2030-04-01-hostile", "/actors/NATO"}) {
            Document page = html(mvc.perform(get(path)).andReturn());
            assertThat(page.select("script:not([src^=/assets/js/]):not([type=application/ld+json])")).as(path).isEmpty();
            assertThat(page.select("script[type=application/ld+json]").html()).as(path).doesNotContain("<");
            assertThat(page.select("[onerror], [onclick]")).as(path).isEmpty();
            assertThat(page.select("a[href^=javascript]")).as(path).isEmpty();
            assertThat(page.text()).as(path).contains("<script>alert('xss')</script>");
        }
        Document event = html(mvc.perform(get("/events/2030-04-01-hostile")).andReturn());
        assertThat(event.select(".event__body a").eachAttr("href")).contains("https://www.nato.int/")
                .noneMatch(href -> href.toLowerCase(java.util.Locale.ROOT).contains("javascript"));
        assertThat(event.select(".event__body").text()).contains("<b onclick=\"alert(2)\">bold</b>");
    }

    private int statementsFor(String path) throws Exception {
        statements.reset();
        mvc.perform(get(path)).andReturn();
        return statements.count();
    }

    private static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
