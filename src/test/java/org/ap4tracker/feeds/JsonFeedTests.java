package org.ap4tracker.feeds;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.ap4tracker.feeds.FeedRequests.ORIGIN;
import static org.ap4tracker.feeds.FeedRequests.eventUrl;
import static org.assertj.core.api.Assertions.assertThat;

@TrackerIntegrationTest
@Transactional
class JsonFeedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    JsonMapper json;

    @Test
    void theWholeTimelineIsAJsonFeedOfItsEventsNewestFirst() throws Exception {
        MvcResult result = FeedRequests.fetch(mvc, "/feed.json");
        JsonFeed feed = json.readValue(result.getResponse().getContentAsByteArray(), JsonFeed.class);

        assertThat(result.getResponse().getContentType()).isEqualTo("application/feed+json;charset=UTF-8");
        assertThat(feed.version()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.title()).isEqualTo("AP4 Tracker");
        assertThat(feed.homePageUrl()).isEqualTo(ORIGIN + "/");
        assertThat(feed.feedUrl()).isEqualTo(ORIGIN + "/feed.json");
        assertThat(feed.language()).isEqualTo("en");
        assertThat(feed.authors()).extracting(Author::name).containsExactly("AP4 Tracker");
        assertThat(feed.items()).extracting(Item::id).containsExactlyElementsOf(
                FeedRequests.timelineSlugs(catalog, TimelineFilter.everything()).stream()
                        .map(FeedRequests::eventUrl).toList());
        assertThat(feed.items()).hasSize(29);
    }

    @Test
    void anItemHasTheEventsTextDatesAndTags() throws Exception {
        JsonFeed feed = json.readValue(FeedRequests.fetch(mvc, "/feed.json").getResponse().getContentAsByteArray(),
                JsonFeed.class);
        Item itpp = feed.items().stream().filter(item -> item.id().equals(eventUrl("2023-07-12-nato-japan-itpp-agreed")))
                .findFirst().orElseThrow();

        assertThat(itpp.url()).isEqualTo(itpp.id());
        assertThat(itpp.title()).isEqualTo("NATO and Japan agree Individually Tailored Partnership Programme for 2023\u20132026");
        assertThat(itpp.summary()).startsWith("NATO and Japan agreed an Individually Tailored Partnership Programme");
        assertThat(itpp.contentText()).startsWith("Date: 12 July 2023\n")
                .contains("https://www.nato.int/cps/en/natolive/official_texts_217797.htm");
        assertThat(itpp.datePublished()).isNotNull().isBeforeOrEqualTo(itpp.dateModified());
        assertThat(itpp.tags()).contains("Agreement", "Japan", "NATO", "Cyber defence");
        assertThat(itpp.authors()).extracting(Author::url).containsExactly(ORIGIN + "/about");
    }

    @Test
    void aFilteredFeedHoldsWhatTheTimelineShowsForThatFilter() throws Exception {
        JsonFeed feed = json.readValue(FeedRequests.fetch(mvc, "/feed.json?actor=JP&type=SUMMIT&order=oldest")
                .getResponse().getContentAsByteArray(), JsonFeed.class);

        assertThat(feed.title()).isEqualTo("AP4 Tracker: Japan, summits");
        assertThat(feed.feedUrl()).isEqualTo(ORIGIN + "/feed.json?actor=JP&type=SUMMIT");
        assertThat(feed.homePageUrl()).isEqualTo(ORIGIN + "/?actor=JP&type=SUMMIT");
        // A feed always starts at the newest event, whatever order the page was in.
        assertThat(feed.items()).extracting(Item::id).containsExactlyElementsOf(
                FeedRequests.timelineSlugs(catalog, FeedRequests.japanAtSummits()).stream()
                        .map(FeedRequests::eventUrl).toList());
        assertThat(feed.items()).extracting(Item::id)
                .containsExactly(eventUrl("2025-06-24-the-hague-summit"), eventUrl("2024-07-09-washington-summit"),
                        eventUrl("2023-07-11-vilnius-summit"), eventUrl("2022-06-28-madrid-summit"));
    }

    record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
            @JsonProperty("feed_url") String feedUrl, String description, String language, List<Author> authors,
            List<Item> items) {
    }

    record Author(String name, String url) {
    }

    record Item(String id, String url, String title, String summary, @JsonProperty("content_text") String contentText,
            @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified, List<String> tags, List<Author> authors) {
    }
}
