package org.ap4tracker.timeline;

import java.time.LocalDate;

import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Cards and the overview chart are rendered once and reused (RenderedFragments): what a reader sees must still
 * follow every edit at once, in every language, with links in the page's language.
 */
@TrackerIntegrationTest
@Transactional
class RenderedFragmentsTests {

    private static final String SLUG = "2030-05-01-kept-card";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RenderedFragments fragments;

    long id;

    @BeforeEach
    void setUp() {
        id = new TestEvents(jdbc).published(SLUG, LocalDate.of(2030, 5, 1), "A card kept for reuse", "JP");
    }

    @Test
    void aRepeatedPageReusesItsCardsAndChartAndIsTheSame() throws Exception {
        String first = page("/");
        long kept = fragments.kept();

        assertThat(page("/")).isEqualTo(first);
        assertThat(fragments.kept()).isEqualTo(kept);
        assertThat(Jsoup.parse(first).select(".entry__title a").eachText()).contains("A card kept for reuse");
    }

    @Test
    void anEditedTitleSummaryAndActorNameShowOnTheNextPage() throws Exception {
        page("/");

        jdbc.sql("update event set title = 'A card edited', summary = 'Its new summary', version = version + 1"
                + " where id = :id").param("id", id).update();
        jdbc.sql("update actor set name = 'Japan (renamed)' where code = 'JP'").update();

        Element card = card(Jsoup.parse(page("/")));
        assertThat(card.select(".entry__title").text()).isEqualTo("A card edited");
        assertThat(card.select(".entry__summary").text()).isEqualTo("Its new summary");
        assertThat(card.select(".chip").eachText()).anySatisfy(chip -> assertThat(chip).contains("Japan (renamed)"));
        assertThat(Jsoup.parse(page("/")).select(".overview a.mk title").eachText())
                .anySatisfy(name -> assertThat(name).contains("A card edited"));
    }

    @Test
    void eachLanguageGetsItsOwnCardWithLinksInItsLanguage() throws Exception {
        Element english = card(Jsoup.parse(page("/")));
        Element japanese = card(Jsoup.parse(page("/ja/")));
        Element englishAgain = card(Jsoup.parse(page("/")));

        assertThat(english.select(".entry__title a").attr("href")).isEqualTo("/events/" + SLUG);
        assertThat(japanese.select(".entry__title a").attr("href")).isEqualTo("/ja/events/" + SLUG);
        assertThat(japanese.select(".chip").attr("href")).startsWith("/ja/actors/");
        assertThat(japanese.select(".entry__date").text()).isEqualTo("2030年5月1日");
        assertThat(englishAgain.outerHtml()).isEqualTo(english.outerHtml());
        assertThat(english.select(".entry__date").text()).isEqualTo("1 May 2030");
    }

    @Test
    void aFragmentRenderedForThePageLeavesThePagesOwnRequestStateAlone() throws Exception {
        // Thymeleaf keeps a context's variables as request attributes: a card rendered on its own must not leave
        // its variables and request context behind, or a form later in the page would lose its bound object.
        var request = mvc.perform(get("/?order=oldest")).andReturn().getRequest();

        assertThat(fragments.kept()).as("cards and the chart rendered on their own").isPositive();
        assertThat(request.getAttribute("entry")).as("the last card's variable").isNull();
        assertThat(request.getAttribute("chart")).as("the chart's variable").isNull();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    private static Element card(Document page) {
        Element link = page.selectFirst(".entry__title a[href$=" + SLUG + "]");
        assertThat(link).as("the test event's card").isNotNull();
        return link.closest(".entry");
    }
}
