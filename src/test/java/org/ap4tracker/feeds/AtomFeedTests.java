package org.ap4tracker.feeds;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineFilter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import org.ap4tracker.support.StatementCounter;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ap4tracker.feeds.FeedRequests.ORIGIN;
import static org.ap4tracker.feeds.FeedRequests.eventUrl;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@TrackerIntegrationTest
@Transactional
class AtomFeedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    @Test
    void theWholeTimelineIsAFeedOfItsEventsNewestFirst() throws Exception {
        MvcResult result = FeedRequests.fetch(mvc, "/feed.atom");
        Feed feed = parse(result);

        assertThat(result.getResponse().getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
        assertThat(feed.getTitle()).isEqualTo("AP4 Tracker");
        assertThat(feed.getId()).isEqualTo(ORIGIN + "/feed.atom");
        assertThat(link(feed.getOtherLinks(), "self")).isEqualTo(ORIGIN + "/feed.atom");
        assertThat(link(feed.getAlternateLinks(), "alternate")).isEqualTo(ORIGIN + "/");
        assertThat(feed.getAuthors()).singleElement().satisfies(author -> {
            assertThat(author.getName()).isEqualTo("AP4 Tracker");
            assertThat(author.getUri()).isEqualTo(ORIGIN + "/about");
        });
        List<Entry> entries = feed.getEntries();
        assertThat(entries).extracting(Entry::getId).containsExactlyElementsOf(
                FeedRequests.timelineSlugs(catalog, TimelineFilter.everything()).stream()
                        .map(FeedRequests::eventUrl).toList());
        assertThat(entries).hasSize(29);
        assertThat(entries.get(0).getId())
                .isEqualTo(eventUrl("2025-06-24-japan-and-south-korea-advance-defence-industrial-cooperation"));
        Instant newestUpdate = entries.stream().map(entry -> entry.getUpdated().toInstant()).max(Instant::compareTo)
                .orElseThrow();
        assertThat(feed.getUpdated().toInstant()).isEqualTo(newestUpdate);
    }

    @Test
    void anEntryCarriesTheEventsLinkDatesHonestDateAndCategories() throws Exception {
        Entry vilnius = entry(parse(FeedRequests.fetch(mvc, "/feed.atom")), "2023-07-11-vilnius-summit");

        assertThat(vilnius.getTitle()).isEqualTo("NATO Vilnius Summit");
        assertThat(link(vilnius.getAlternateLinks(), "alternate")).isEqualTo(eventUrl("2023-07-11-vilnius-summit"));
        assertThat(vilnius.getPublished()).isNotNull();
        assertThat(vilnius.getUpdated()).isNotNull();
        assertThat(vilnius.getPublished()).isBeforeOrEqualTo(vilnius.getUpdated());
        assertThat(vilnius.getSummary().getType()).isEqualTo(Content.TEXT);
        assertThat(vilnius.getSummary().getValue()).startsWith("NATO leaders met in Vilnius.");
        String content = vilnius.getContents().get(0).getValue();
        assertThat(content).contains("Date: 11\u201312 July 2023", "Where: Vilnius, Lithuania",
                "Storyline: Asia-Pacific partners at NATO summits",
                "Official: Japan-Australia-New Zealand-ROK Leaders’ Meeting (Summary), Prime Minister's Office of Japan: "
                        + "https://japan.kantei.go.jp/", "Analysis: Vilnius Summit 2023",
                "TRENDS Research & Advisory: https://trendsresearch.org/", "Opinion: NATO pivots to Asia, The Nation");
        assertThat(vilnius.getCategories()).extracting(Category::getTerm)
                .contains("SUMMIT", "summits", "partnerships", "JP", "KR", "AU", "NZ", "NATO");
        assertThat(vilnius.getCategories()).filteredOn(category -> category.getTerm().equals("JP"))
                .singleElement().satisfies(japan -> {
                    assertThat(japan.getLabel()).isEqualTo("Japan");
                    assertThat(japan.getScheme()).isEqualTo(ORIGIN + "/actors/");
                });

        Entry midApril = entry(parse(FeedRequests.fetch(mvc, "/feed.atom")),
                "2023-04-tokyo-liaison-office-proposal-shared");
        assertThat(midApril.getContents().get(0).getValue()).startsWith("Date: mid-April 2023");
    }

    @Test
    void aFilterNarrowsTheFeedAsItNarrowsTheTimelinePage() throws Exception {
        Feed feed = parse(FeedRequests.fetch(mvc, "/feed.atom?type=SUMMIT&actor=JP"));
        List<String> onThePage = Jsoup.parse(FeedRequests.body(mvc, "/?actor=JP&type=SUMMIT"))
                .select(".entry__title a").eachAttr("href").stream().map(href -> ORIGIN + href).toList();

        assertThat(feed.getTitle()).isEqualTo("AP4 Tracker: Japan, summits");
        assertThat(feed.getEntries()).extracting(Entry::getId)
                .containsExactly(eventUrl("2025-06-24-the-hague-summit"), eventUrl("2024-07-09-washington-summit"),
                        eventUrl("2023-07-11-vilnius-summit"), eventUrl("2022-06-28-madrid-summit"))
                .containsExactlyElementsOf(onThePage);
        // The same filter typed in another order is the same feed.
        assertThat(feed.getId()).isEqualTo(ORIGIN + "/feed.atom?actor=JP&type=SUMMIT");
        assertThat(link(feed.getAlternateLinks(), "alternate")).isEqualTo(ORIGIN + "/?actor=JP&type=SUMMIT");
        assertThat(parse(FeedRequests.fetch(mvc, "/feed.atom?actor=JP&type=SUMMIT")).getId()).isEqualTo(feed.getId());
    }

    @Test
    void searchTextNarrowsTheFeedAsItNarrowsTheTimeline() throws Exception {
        Feed feed = parse(mvc.perform(get("/feed.atom").param("q", "liaison office -china")).andReturn());
        TimelineFilter search = new TimelineFilter(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), null,
                null, null, null, "liaison office -china", SortOrder.NEWEST_FIRST);

        List<String> expected = FeedRequests.timelineSlugs(catalog, search);
        assertThat(expected).isNotEmpty().doesNotContain("2023-05-04-china-criticises-tokyo-office-plan");
        assertThat(feed.getEntries()).extracting(Entry::getId)
                .containsExactlyElementsOf(expected.stream().map(FeedRequests::eventUrl).toList());
        assertThat(feed.getTitle()).isEqualTo("AP4 Tracker: \u201cliaison office -china\u201d");
        assertThat(feed.getId()).isEqualTo(ORIGIN + "/feed.atom?q=liaison+office+-china");
    }

    @Test
    void theFeedIsWellFormedAtomInItsNamespaceAndReadsAsAFeed() throws Exception {
        String xml = FeedRequests.body(mvc, "/feed.atom?actor=FR&from=2023&to=2023");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));

        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("AP4 Tracker: France, 2023");
        assertThat(feed.getEntries()).extracting(entry -> entry.getTitle()).contains(
                "Macron says at Vilnius that he opposes a NATO office in Tokyo",
                "\u00c9lys\u00e9e official confirms French opposition to NATO office in Tokyo");
    }

    @Test
    void aFeedCostsTheSameFewStatementsWhateverItsLength() throws Exception {
        TestEvents test = new TestEvents(jdbc);
        for (int i = 0; i < 60; i++) {
            test.published("2031-04-01-atom-cost-%d".formatted(i), LocalDate.of(2031, 4, 1), "Cost " + i, "JP");
        }

        int fullFeed = statementsFor("/feed.atom?type=MEETING");
        int smallFeed = statementsFor("/feed.atom?type=SUMMIT");

        assertThat(parse(FeedRequests.fetch(mvc, "/feed.atom?type=MEETING")).getEntries()).hasSize(50);
        assertThat(parse(FeedRequests.fetch(mvc, "/feed.atom?type=SUMMIT")).getEntries()).hasSize(4);
        // The last change, the events and their actors, then their columns, topics and sources, then their pictures.
        assertThat(fullFeed).isEqualTo(smallFeed).isEqualTo(7);
    }

    /** The fewer of two counts, since the app's scheduled clean-ups may run a statement meanwhile. */
    private int statementsFor(String url) throws Exception {
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            statements.reset();
            FeedRequests.fetch(mvc, url);
            fewest = Math.min(fewest, statements.count());
        }
        return fewest;
    }

    private static Feed parse(MvcResult result) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(result.getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static Entry entry(Feed feed, String slug) {
        return feed.getEntries().stream().filter(entry -> entry.getId().equals(eventUrl(slug))).findFirst()
                .orElseThrow();
    }

    private static String link(List<Link> links, String rel) {
        return links.stream().filter(link -> rel.equals(link.getRel())).map(Link::getHref).findFirst().orElseThrow();
    }
}
