package org.ap4tracker.feeds;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.EntityManager;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventEditor;
import org.ap4tracker.events.EventInput;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceInput;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.ap4tracker.feeds.FeedRequests.eventUrl;
import static org.assertj.core.api.Assertions.assertThat;

@TrackerIntegrationTest
@Transactional
class TimelineJsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    EventEditor editor;

    /** The editor publishes after its last flush; MockMvc reads with SQL, so the test flushes the rest. */
    @Autowired
    EntityManager entityManager;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEventIsASlideUnderATitleSlide() throws Exception {
        MvcResult result = FeedRequests.fetch(mvc, "/timelinejs.json");
        Timeline timeline = read(result);

        assertThat(result.getResponse().getContentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(timeline.title().text().headline()).isEqualTo("AP4 Tracker");
        assertThat(timeline.title().startDate()).isNull();
        assertThat(timeline.events()).extracting(Slide::uniqueId)
                .containsExactlyElementsOf(FeedRequests.timelineSlugs(catalog, TimelineFilter.everything()));
        assertThat(read(FeedRequests.fetch(mvc, "/timelinejs.json?actor=JP&type=SUMMIT")).events())
                .extracting(Slide::uniqueId).containsExactly("2025-06-24-the-hague-summit", "2024-07-09-washington-summit",
                        "2023-07-11-vilnius-summit", "2022-06-28-madrid-summit");
    }

    @Test
    void datesKeepTheirPrecisionAndSayTheirHonestWording() throws Exception {
        Timeline timeline = read(FeedRequests.fetch(mvc, "/timelinejs.json"));

        Slide vilnius = slide(timeline, "2023-07-11-vilnius-summit");
        assertThat(vilnius.startDate()).isEqualTo(new SlideDate("2023", "7", "11"));
        assertThat(vilnius.endDate()).isEqualTo(new SlideDate("2023", "7", "12"));
        assertThat(vilnius.displayDate()).isEqualTo("11\u201312 July 2023");
        assertThat(vilnius.group()).isEqualTo("Asia-Pacific partners at NATO summits");

        Slide midApril = slide(timeline, "2023-04-tokyo-liaison-office-proposal-shared");
        assertThat(midApril.startDate()).isEqualTo(new SlideDate("2023", "4", null));
        assertThat(midApril.endDate()).isNull();
        assertThat(midApril.displayDate()).isEqualTo("mid-April 2023");
        assertThat(midApril.group()).isEqualTo("NATO liaison office in Tokyo");

        Slide wholeYear = slide(timeline, "2023-danish-ambassador-on-aim-of-tokyo-office");
        assertThat(wholeYear.startDate()).isEqualTo(new SlideDate("2023", null, null));
        assertThat(wholeYear.displayDate()).as("TimelineJS prints a bare year as the tracker does").isNull();

        Slide wholeMonth = slide(timeline, "2011-03-nato-intervention-in-libya");
        assertThat(wholeMonth.startDate()).isEqualTo(new SlideDate("2011", "3", null));
        assertThat(wholeMonth.displayDate()).isNull();

        assertThat(slide(timeline, "2023-australia-nato-partnership-programme-2023-2026").displayDate()).isEqualTo("c. 2023");
        Slide after = slide(timeline, "2017-nato-china-dialogue-halts");
        assertThat(after.startDate()).isEqualTo(new SlideDate("2018", null, null));
        assertThat(after.displayDate()).isEqualTo("after 2017");
    }

    @Test
    void theHeadlineLinksToTheEventAndSourcesAreEscapedLinks() throws Exception {
        Slide vilnius = slide(read(FeedRequests.fetch(mvc, "/timelinejs.json")), "2023-07-11-vilnius-summit");

        Document headline = Jsoup.parseBodyFragment(vilnius.text().headline());
        assertThat(headline.select("a").attr("href")).isEqualTo(eventUrl("2023-07-11-vilnius-summit"));
        assertThat(headline.text()).isEqualTo("NATO Vilnius Summit");
        assertThat(vilnius.text().text()).contains("TRENDS Research &amp; Advisory");
        Document text = Jsoup.parseBodyFragment(vilnius.text().text());
        assertThat(text.select("a").eachAttr("href")).hasSize(6).contains(
                "https://trendsresearch.org/insight/vilnius-summit-2023-nato-stands-united-against-an-unpredictable-global-security-environment",
                "https://nation.com.pk/20-May-2023/nato-pivots-to-asia");
        assertThat(text.text()).contains("NATO leaders met in Vilnius.", "Opinion: NATO pivots to Asia, The Nation");
    }

    @Test
    void markupTypedIntoAnEventStaysText() throws Exception {
        String hostile = "<img src=x onerror=alert(1)> & <script>alert(2)</script>";
        editor.create(new EventInput("2031-03-01-timelinejs-hostile", "Title " + hostile, "Summary " + hostile, null,
                LocalDate.of(2031, 3, 1), null, DatePrecision.DAY, DateQualifier.EXACT, EventType.STATEMENT,
                List.of("NATO"), List.of(), null, "Place " + hostile,
                List.of(new SourceInput("https://example.org/\"onmouseover=\"alert(3)", "Source " + hostile, null,
                        null, null, null),
                        new SourceInput("https://example.org/report?a=1&b=2", "Second source", null, null, null,
                                null)),
                List.of(), List.of(), null), true);
        entityManager.flush();

        Slide slide = slide(read(FeedRequests.fetch(mvc, "/timelinejs.json")), "2031-03-01-timelinejs-hostile");

        Document headline = Jsoup.parseBodyFragment(slide.text().headline());
        Document text = Jsoup.parseBodyFragment(slide.text().text());
        assertThat(headline.select("img, script")).isEmpty();
        assertThat(text.select("img, script")).isEmpty();
        assertThat(headline.text()).isEqualTo("Title " + hostile);
        assertThat(text.text()).contains("Summary " + hostile, "Where: Place " + hostile, "Source " + hostile);
        // An address that is not a valid URI is shown as text only; the other becomes a link, its & escaped.
        assertThat(text.select("[onmouseover]")).isEmpty();
        assertThat(text.select("a")).singleElement().satisfies(link -> {
            assertThat(link.attr("href")).isEqualTo("https://example.org/report?a=1&b=2");
            assertThat(link.attributes().size()).isEqualTo(1);
        });
        assertThat(slide.text().text()).contains("href=\"https://example.org/report?a=1&amp;b=2\"");
    }

    @Test
    void theDisplayDateAndTheStorylineGroupAreEscapedTooSinceTheViewerInsertsThemAsHtml() throws Exception {
        String hostile = "<img src=x onerror=alert(1)>";
        String storyline = jdbc.sql("select slug from development where title = 'NATO liaison office in Tokyo'")
                .query(String.class).single();
        jdbc.sql("update development set title = :title where slug = :slug").param("title", "Office " + hostile)
                .param("slug", storyline).update();
        editor.create(new EventInput("2031-03-01-timelinejs-group", "In a hostile storyline", "Summary.", null,
                LocalDate.of(2031, 3, 1), null, DatePrecision.MONTH, DateQualifier.EARLY, EventType.STATEMENT,
                List.of("NATO"), List.of(), storyline, null,
                List.of(new SourceInput("https://example.org/", "A source", null, null, null, null)),
                List.of(), List.of(), null), true);
        entityManager.flush();

        Slide slide = slide(read(FeedRequests.fetch(mvc, "/timelinejs.json")), "2031-03-01-timelinejs-group");

        assertThat(slide.group()).isEqualTo("Office &lt;img src=x onerror=alert(1)&gt;");
        assertThat(Jsoup.parseBodyFragment(slide.group()).text()).isEqualTo("Office " + hostile);
        assertThat(Jsoup.parseBodyFragment(slide.displayDate()).body().children()).isEmpty();
    }

    @Test
    void onlyHttpAddressesBecomeLinks() {
        assertThat(TimelineJsWriter.httpUrl("https://www.nato.int/")).isEqualTo("https://www.nato.int/");
        assertThat(TimelineJsWriter.httpUrl("HTTP://www.nato.int/")).isEqualTo("HTTP://www.nato.int/");
        assertThat(TimelineJsWriter.httpUrl("javascript:alert(1)")).isNull();
        assertThat(TimelineJsWriter.httpUrl("data:text/html,<script>alert(1)</script>")).isNull();
        assertThat(TimelineJsWriter.httpUrl("//evil.example/")).isNull();
        assertThat(TimelineJsWriter.httpUrl(null)).isNull();
    }

    private Timeline read(MvcResult result) {
        return json.readValue(result.getResponse().getContentAsByteArray(), Timeline.class);
    }

    private static Slide slide(Timeline timeline, String slug) {
        return timeline.events().stream().filter(slide -> slug.equals(slide.uniqueId())).findFirst().orElseThrow();
    }

    record Timeline(Slide title, List<Slide> events, String scale) {
    }

    record Slide(@JsonProperty("start_date") @Nullable SlideDate startDate,
            @JsonProperty("end_date") @Nullable SlideDate endDate,
            @JsonProperty("display_date") @Nullable String displayDate, Text text, @Nullable String group,
            @JsonProperty("unique_id") @Nullable String uniqueId) {
    }

    record SlideDate(String year, @Nullable String month, @Nullable String day) {
    }

    record Text(String headline, String text) {
    }
}
