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
    void theFilterFormFollowsEachPagesAddressLanguageNamesAndCounts() throws Exception {
        Element japan = form(page("/?actor=JP"));
        Element japanOldest = form(page("/?actor=JP&order=oldest&ref=mail"));
        Element japanese = form(page("/ja/?actor=JP"));

        assertThat(yearLink(japan, 2030)).isEqualTo("/?actor=JP&from=2030&to=2030");
        assertThat(yearLink(japanOldest, 2030)).isEqualTo("/?actor=JP&order=oldest&ref=mail&from=2030&to=2030");
        assertThat(japanOldest.select("#order option[selected]").val()).isEqualTo("oldest");
        assertThat(japanese.attr("action")).isEqualTo("/ja/");
        assertThat(japanese.select(".filters__heading").text()).isNotEqualTo(japan.select(".filters__heading").text());
        assertThat(form(page("/?actor=JP")).outerHtml()).isEqualTo(japan.outerHtml());
        assertThat(japan.select("input[name=actor][value=JP]").hasAttr("checked")).isTrue();
        long japanCount = Long.parseLong(choiceCount(japan, "JP"));

        new TestEvents(jdbc).published("2030-06-01-second-kept", LocalDate.of(2030, 6, 1), "Another for Japan", "JP");
        jdbc.sql("update actor set name = 'Japan (renamed)' where code = 'JP'").update();

        Element after = form(page("/?actor=JP"));
        assertThat(choiceCount(after, "JP")).isEqualTo(String.valueOf(japanCount + 1));
        assertThat(after.select("label.check:has(input[value=JP]) span").first().text()).isEqualTo("Japan (renamed)");
    }

    @Test
    void everyPageOfOneListSharesItsFilterForm() throws Exception {
        for (int day = 1; day <= TimelinePageModel.PAGE_SIZE; day++) {
            new TestEvents(jdbc).published("2031-01-%02d-paged".formatted(day % 28 + 1) + day,
                    LocalDate.of(2031, 1, day % 28 + 1), "Paged " + day, "AU");
        }
        Document first = Jsoup.parse(page("/"));
        String next = first.select("a.paging__next").attr("href");
        assertThat(next).as("the timeline's second page").contains("cursor=");

        Element secondForm = form(page(next));
        assertThat(secondForm.outerHtml()).isEqualTo(first.selectFirst("form.filters").outerHtml());
        assertThat(secondForm.select(".year-facets a").eachAttr("href")).noneMatch(href -> href.contains("cursor"));
    }

    @Test
    void aFormWithErrorsShowsThemBesideItsFields() throws Exception {
        page("/?from=1999");
        Element invalid = form(mvc.perform(get("/?from=soon")).andReturn().getResponse().getContentAsString());

        assertThat(invalid.select(".form-error").text()).isNotBlank();
        assertThat(invalid.select(".filters__years .field-error").text()).isNotBlank();
        assertThat(invalid.select("input[name=from]").val()).isEqualTo("soon");
        assertThat(form(page("/?from=1999")).select(".field-error")).isEmpty();
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

    private static Element form(String page) {
        Element form = Jsoup.parse(page).selectFirst("form.filters");
        assertThat(form).as("the filter form").isNotNull();
        return form;
    }

    private static String yearLink(Element form, int year) {
        return form.select(".year-facets a:containsOwn(" + year + ")").attr("href");
    }

    private static String choiceCount(Element form, String actor) {
        return form.select("label.check:has(input[name=actor][value=" + actor + "]) .facet-count").text();
    }

    private static Element card(Document page) {
        Element link = page.selectFirst(".entry__title a[href$=" + SLUG + "]");
        assertThat(link).as("the test event's card").isNotNull();
        return link.closest(".entry");
    }
}
