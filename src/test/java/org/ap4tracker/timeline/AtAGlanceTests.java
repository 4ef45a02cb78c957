package org.ap4tracker.timeline;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The timeline at a glance over the seed dataset and data the test writes (rolled back afterwards): the
 * overview's marks and axis, one rule for years, what the results heading says, share cards and /embed.
 */
@TrackerIntegrationTest
@Transactional
class AtAGlanceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(jdbc);
    }

    @Test
    void theOverviewDrawsEachSeedEventAsALinkNamedByItsHonestDateAndTitle() throws Exception {
        Document timeline = page("/");
        List<Element> marks = timeline.select(".overview a.mk");

        assertThat(marks).hasSize(timeline.select(".entry").size()).hasSize(29);
        Element itpp = timeline.selectFirst(".overview a.mk[href=/events/2023-07-12-nato-japan-itpp-agreed]");
        assertThat(itpp.attr("aria-label"))
                .isEqualTo("12 July 2023: NATO and Japan agree Individually Tailored Partnership Programme for 2023–2026");
        assertThat(itpp.classNames()).contains("mk--agreement", "mk--point");
        assertThat(itpp.selectFirst(".mk__shape").attr("d")).isEqualTo(OverviewChart.Shapes.of(org.ap4tracker.events.EventType.AGREEMENT));
        // Honest dates drawn honestly: several days a bar, mid-April a band, c. 2023 a faded band, after 2017 an arrow.
        assertThat(mark(timeline, "2023-07-11-vilnius-summit").classNames()).contains("mk--bar", "mk--summit");
        assertThat(mark(timeline, "2023-07-11-vilnius-summit").select(".mk__bar")).hasSize(1);
        assertThat(mark(timeline, "2023-04-tokyo-liaison-office-proposal-shared").select(".mk__band")).hasSize(1);
        assertThat(mark(timeline, "2023-04-tokyo-liaison-office-proposal-shared").attr("aria-label")).startsWith("mid-April 2023: ");
        assertThat(mark(timeline, "2023-australia-nato-partnership-programme-2023-2026").select(".mk__faded")).hasSize(1);
        assertThat(mark(timeline, "2017-nato-china-dialogue-halts").select(".mk__arrow")).hasSize(1);
        assertThat(mark(timeline, "2017-nato-china-dialogue-halts").attr("aria-label")).startsWith("after 2017: ");
        // Lanes are labelled; the legend names every type drawn and explains the marks.
        assertThat(timeline.select(".lane__label").eachText()).contains("NATO liaison office in Tokyo", "NATO–China relations");
        assertThat(timeline.select(".legend__list").first().text()).contains("Summit", "Agreement", "Statement");
        assertThat(timeline.select(".legend__date").eachText()).contains("a day", "several days", "approximate (“c. 2009”)",
                "some time after (“after 2017”)");
        assertThat(timeline.selectFirst(".overview svg title").text()).isEqualTo("The timeline at a glance");
        assertThat(timeline.selectFirst(".overview svg desc").text()).isNotBlank();
    }

    @Test
    void theAxisLinksNarrowTheListToTheirYearsKeepingTheOtherFilters() throws Exception {
        Document japan = page("/?actor=JP&order=oldest");

        List<String> links = japan.select(".overview .axis__link").eachAttr("href");
        assertThat(links).contains("/?actor=JP&order=oldest&from=2023&to=2023");
        assertThat(japan.selectFirst(".overview .axis__link[href$=from=2023&to=2023]").attr("aria-label"))
                .isEqualTo("Show 2023 only");
        Document narrowed = page("/?actor=JP&order=oldest&from=2023&to=2023");
        assertThat(narrowed.select(".entry")).hasSize(7);
    }

    @Test
    void aYearIsTheYearOfTheFirstDayADateCanMeanInHeadingsFacetsAndFilters() throws Exception {
        Document timeline = page("/");
        Element year2018 = timeline.select(".timeline__year").stream()
                .filter(year -> year.selectFirst(".timeline__year-heading").text().equals("2018")).findFirst().orElseThrow();
        assertThat(year2018.select(".entry__date").eachText()).containsExactly("after 2017");
        assertThat(timeline.select(".year-facets li").eachText()).contains("2018 1").doesNotContain("2017 1");
        assertThat(page("/?from=2018&to=2018").select(".entry__title").eachText())
                .containsExactly("Opinion article says NATO–China dialogue halted after 2017");
        assertThat(page("/?from=2017&to=2017").select(".entry")).isEmpty();
    }

    @Test
    void aLargeRangeIsDrawnAsEventsPerMonthNotOneNodePerEvent() throws Exception {
        for (int i = 0; i < TimelinePageModel.OVERVIEW_MARKS + 1; i++) {
            events.published("2040-dense-%d".formatted(i), LocalDate.of(2040, 1 + i % 12, 1 + i % 28), "Dense " + i, "JP");
        }

        Document dense = page("/?from=2040&to=2040");

        assertThat(dense.select(".overview--dense")).hasSize(1);
        assertThat(dense.select(".overview a.mk")).isEmpty();
        assertThat(dense.select(".overview rect.density")).hasSize(12);
        assertThat(dense.select(".overview rect.density--5")).isNotEmpty();
        assertThat(dense.select(".legend--dense").text()).contains("fewer events in the month; darkest: the busiest, with 17");
        assertThat(dense.select(".results-heading").text()).isEqualTo("201 events in 2040, newest first");
    }

    @Test
    void theResultsHeadingSaysWhatIsShownAndEachFilterIsARemovableChip() throws Exception {
        Document japan = page("/?actor=JP&type=STATEMENT&from=2023");

        assertThat(japan.select(".results-heading").text())
                .isEqualTo("2 events involving Japan of type Statement from 2023 on, newest first");
        assertThat(japan.select(".filters-panel__summary").text()).isEqualTo("Filters (3)");
        assertThat(japan.select(".chip--filter").eachAttr("aria-label"))
                .containsExactly("Remove the filter: Japan", "Remove the filter: Statement", "Remove the filter: from 2023");
        assertThat(japan.select(".chip--filter").eachAttr("href"))
                .containsExactly("/?type=STATEMENT&from=2023", "/?actor=JP&from=2023", "/?actor=JP&type=STATEMENT");
        assertThat(page("/?actor=JP").select(".results-heading").text()).isEqualTo("12 events involving Japan, newest first");
        assertThat(japan.select("a.skip-link").first().attr("href")).isEqualTo("#results");
        assertThat(japan.select("#results .entry")).hasSize(2);
        Document opinion = page("/?actor=JP&source=OPINION");
        assertThat(opinion.select(".results-heading").text()).endsWith(" involving Japan citing a source that is opinion, newest first");
        assertThat(opinion.select(".chip--filter").eachAttr("aria-label")).containsExactly("Remove the filter: Japan",
                "Remove the filter: opinion");
    }

    @Test
    void aChoiceThatWouldListNothingIsShownUnavailableUnlessChosen() throws Exception {
        Document timeline = page("/?actor=RU");

        assertThat(timeline.selectFirst("input[name=type][value=MEETING]").hasAttr("disabled")).isTrue();
        assertThat(timeline.selectFirst("input[name=type][value=MEETING]").parent().hasClass("check--unavailable")).isTrue();
        assertThat(timeline.selectFirst("input[name=actor][value=RU]").hasAttr("disabled")).isFalse();
        assertThat(timeline.selectFirst("input[name=actor][value=RU]").hasAttr("checked")).isTrue();
        assertThat(page("/").selectFirst("input[name=actor][value=JP]").hasAttr("disabled")).isFalse();
    }

    @Test
    void onlyTheEmbedPageMayBeFramedByOtherSites() throws Exception {
        MockHttpServletResponse embed = mvc.perform(get("/embed?actor=JP")).andReturn().getResponse();
        MockHttpServletResponse timeline = mvc.perform(get("/?actor=JP")).andReturn().getResponse();

        assertThat(embed.getStatus()).isEqualTo(200);
        assertThat(embed.getHeader("Content-Security-Policy")).contains("frame-ancestors *", "script-src 'self'");
        assertThat(embed.getHeader("X-Frame-Options")).isNull();
        assertThat(timeline.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(timeline.getHeader("X-Frame-Options")).isEqualTo("DENY");
        Document compact = Jsoup.parse(embed.getContentAsString());
        assertThat(compact.select(".entry")).hasSize(12);
        assertThat(compact.select(".overview a.mk")).hasSize(12);
        assertThat(compact.select("base").attr("target")).isEqualTo("_blank");
        assertThat(compact.select(".site-nav, form")).isEmpty();
        assertThat(mvc.perform(get("/embed?from=abc")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void everyTimelineViewOffersTheCodeToEmbedIt() throws Exception {
        Document japan = page("/?actor=JP&cursor=");

        assertThat(japan.select(".embed-code textarea").text())
                .isEqualTo("<iframe src=\"http://localhost/embed?actor=JP\" title=\"AP4 Tracker, filtered timeline\" "
                        + "width=\"100%\" height=\"640\" loading=\"lazy\" style=\"border:0\"></iframe>");
        assertThat(page("/actors/JP").select(".embed-code textarea").text()).contains("http://localhost/embed?actor=JP");
        assertThat(page("/developments/tokyo-liaison-office").select(".embed-code textarea").text())
                .contains("http://localhost/embed?development=tokyo-liaison-office");
    }

    @Test
    void eventStorylineAndActorPagesCarryShareCards() throws Exception {
        Document event = page("/events/2023-07-12-nato-japan-itpp-agreed");
        assertThat(meta(event, "og:title")).isEqualTo("NATO and Japan agree Individually Tailored Partnership Programme for 2023–2026");
        assertThat(meta(event, "og:description")).startsWith("12 July 2023 — NATO and Japan agreed");
        assertThat(meta(event, "og:url")).isEqualTo("http://localhost/events/2023-07-12-nato-japan-itpp-agreed");
        assertThat(meta(event, "og:image")).matches("http://localhost/events/2023-07-12-nato-japan-itpp-agreed/card\\.png\\?v=\\d+");
        assertThat(event.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(event.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/events/2023-07-12-nato-japan-itpp-agreed");

        assertThat(meta(page("/developments/tokyo-liaison-office"), "og:description")).startsWith("Stalled. A proposal");
        assertThat(meta(page("/actors/JP"), "og:title")).isEqualTo("Events involving Japan");

        MockHttpServletResponse card = mvc.perform(get(meta(event, "og:image").replace("http://localhost", "")))
                .andReturn().getResponse();
        assertThat(card.getContentType()).isEqualTo("image/png");
        assertThat(card.getHeader("Cache-Control")).contains("max-age=31536000", "immutable");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.getContentAsByteArray()));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(mvc.perform(get("/events/no-such-event/card.png")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aStorylineTheEditorsHaveNotAssessedShowsTheStatusItWasEnteredWithAsUndated() throws Exception {
        jdbc.sql("insert into development (slug, title, description, status) values "
                + "('unassessed-storyline', 'Unassessed storyline', 'Entered with a status only.', 'NEGOTIATING')").update();

        Document storyline = page("/developments/unassessed-storyline");

        assertThat(storyline.select(".assessment")).isEmpty();
        assertThat(storyline.select(".lifecycle__step .status-badge").eachText()).containsExactly("Negotiating");
        assertThat(storyline.select(".lifecycle__basis").eachText()).containsExactly("date not recorded");
    }

    @Test
    void aStorylineShowsItsLifecycleOnTheAxisOfItsMilestones() throws Exception {
        Document storyline = page("/developments/tokyo-liaison-office");

        Element lifecycle = storyline.selectFirst(".lifecycle");
        // The editors' dated assessments are the steps: listed once, beside their rationale, and marked on the axis.
        assertThat(storyline.select(".assessment .status-badge").eachText()).containsExactly("Proposed", "Stalled", "Stalled");
        assertThat(lifecycle.select(".lifecycle__step")).isEmpty();
        assertThat(lifecycle.select(".step__label").eachText()).containsExactly("Proposed", "Stalled", "Stalled");
        assertThat(lifecycle.select("a.mk")).hasSize(storyline.select(".entry").size()).isNotEmpty();
    }

    private static Element mark(Document page, String slug) {
        return page.selectFirst(".overview a.mk[href=/events/" + slug + "]");
    }

    private static String meta(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }
}
