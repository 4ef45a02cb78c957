package org.ap4tracker.changelog;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.EventEditor;
import org.ap4tracker.events.EventInput;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceInput;
import org.ap4tracker.support.Pages;
import org.ap4tracker.support.Pages.Page;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public changelog as a reader sees it, after changes made through the editorial desk. Envers writes a
 * revision, and so the editor's note, only when a transaction commits, so these tests commit what they write
 * and delete it afterwards; their slugs start with {@value #PREFIX} so that nothing else is touched.
 */
@TrackerIntegrationTest
class ChangelogPageTests {

    private static final String PREFIX = "2032-changelog-";

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventEditor editor;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(jdbc);
    }

    @AfterEach
    void deleteWhatTheTestCommitted() {
        jdbc.sql("delete from event where slug like '" + PREFIX + "%'").update();
        jdbc.sql("delete from topic where slug like '" + PREFIX + "%'").update();
    }

    @Test
    void newCorrectedAndWithdrawnEventsAreListedNewestFirstWithTheirNotesAndReason() throws Exception {
        String first = editor.create(input("first", "A first meeting", "First published from the wire"), true);
        String second = editor.create(input("second", "A second meeting", null), true);
        editor.update(first, version(first), input("first", "A first meeting, corrected", "Fixed the venue"), false);
        editor.withdraw(second, version(second), "A duplicate of the first meeting", "Merged into the first");

        List<Element> mine = entries(page("/changes"), "first", "second");

        assertThat(mine).extracting(this::describe).containsExactly(
                "Withdrawn|A second meeting|/events/" + PREFIX + "second|Reason: A duplicate of the first meeting|Editor’s note: Merged into the first",
                "Corrected|A first meeting, corrected|/events/" + PREFIX + "first||Editor’s note: Fixed the venue",
                "New|A second meeting|/events/" + PREFIX + "second||",
                "New|A first meeting, corrected|/events/" + PREFIX + "first||Editor’s note: First published from the wire");
        assertThat(mine.get(0).selectFirst("time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(status("/events/" + PREFIX + "second")).as("the withdrawn entry links to the tombstone").isEqualTo(410);
    }

    @Test
    void aDraftsNotesNeverAppearAndATakenDownEventShowsNeitherItsTitleNorItsNote() throws Exception {
        String slug = editor.create(input("draft", "A draft meeting", "DRAFT-NOTE-ONE"), false);
        editor.update(slug, version(slug), input("draft", "A draft meeting, retitled", "DRAFT-NOTE-TWO"), false);
        editor.publish(slug, version(slug), "Checked and published");
        editor.unpublish(slug, version(slug), "UNPUBLISH-NOTE: legal review");
        editor.update(slug, version(slug), input("draft", "SECRET DRAFT TITLE", "DRAFT-NOTE-THREE"), false);

        Document page = page("/changes");

        assertThat(page.text()).doesNotContain("DRAFT-NOTE", "UNPUBLISH-NOTE", "SECRET DRAFT TITLE");
        assertThat(entries(page, "draft")).extracting(this::describe).containsExactly(
                "Taken down|No longer public at /events/" + PREFIX + "draft|||",
                "New|No longer public at /events/" + PREFIX + "draft|||Editor’s note: Checked and published");
    }

    @Test
    void changesThatOnlyEchoAnotherAreLeftOut() throws Exception {
        jdbc.sql("insert into topic (slug, label) values (:slug, 'Changelog topic')").param("slug", PREFIX + "topic").update();
        String neighbour = editor.create(input("neighbour", "A neighbour", null, List.of(PREFIX + "topic"), List.of()), true);
        String linked = editor.create(input("linked", "A linked meeting", "Linked to its neighbour", List.of(),
                List.of(neighbour)), true);
        // Withdrawing the linked event changes the neighbour's list of related events: an incidental change.
        editor.withdraw(linked, version(linked), "Not a meeting after all", null);
        jdbc.sql("update topic set label = 'Changelog topic, renamed' where slug = :slug").param("slug", PREFIX + "topic")
                .update();

        long logged = jdbc.sql("select count(*) from event_change where slug = :slug").param("slug", PREFIX + "neighbour")
                .query(Long.class).single();
        assertThat(logged).as("the API's log keeps every change for mirrors").isGreaterThan(2);
        assertThat(entries(page("/changes"), "neighbour", "linked")).extracting(this::describe).containsExactly(
                "Withdrawn|A linked meeting|/events/" + PREFIX + "linked|Reason: Not a meeting after all|",
                "New|A linked meeting|/events/" + PREFIX + "linked||Editor’s note: Linked to its neighbour",
                "New|A neighbour|/events/" + PREFIX + "neighbour||");
    }

    @Test
    void olderChangesPageByCursorWithoutGapsOrRepeats() throws Exception {
        for (int i = 0; i < 60; i++) {
            events.published(PREFIX + "bulk-" + i, LocalDate.of(2032, 1, 1).plusDays(i), "Bulk " + i, "JP");
        }

        List<String> ids = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        List<String> times = new ArrayList<>();
        String next = "/changes";
        int pages = 0;
        while (next != null) {
            Document page = page(next);
            pages++;
            assertThat(page.select(".change").size()).isLessThanOrEqualTo(50);
            for (Element entry : page.select(".change")) {
                ids.add(entry.id());
                slugs.add(entry.select(".change__event").text());
                times.add(entry.selectFirst("time").attr("datetime"));
            }
            Element older = page.selectFirst("a[rel=next]");
            next = older == null ? null : older.attr("href");
            assertThat(page.selectFirst(".paging__first") != null).as("page %d links back to the newest", pages)
                    .isEqualTo(pages > 1);
        }

        List<String> bulk = slugs.stream().filter(text -> text.startsWith("Bulk ")).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 59; i >= 0; i--) {
            expected.add("Bulk " + i);
        }
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(bulk).containsExactlyElementsOf(expected);
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void aCursorThePageDidNotIssueGetsTheBadRequestPage() throws Exception {
        Page page = new Pages(port).get("/changes?cursor=not-a-cursor");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text("h1")).isEqualTo("That request could not be understood");
        assertThat(page.response().body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void thePageAnnouncesItsFeedAndTheSiteNavigationLinksToIt() throws Exception {
        Document page = page("/changes");

        Element alternate = page.selectFirst("link[rel=alternate][type=application/atom+xml]");
        assertThat(alternate).isNotNull();
        assertThat(alternate.attr("href")).isEqualTo("/changes.atom");
        assertThat(page("/").select(".site-nav a[href=/changes]").text()).isEqualTo("Changes");
    }

    @Test
    void theAtomFeedListsTheSameChangesWithStableIdsAndAnswers304WhenUnchanged() throws Exception {
        String slug = editor.create(input("feed", "A feed meeting", null), true);
        editor.update(slug, version(slug), input("feed", "A feed meeting & more", "Added the second day"), false);
        List<Long> ids = jdbc.sql("select id from event_change where slug = :slug order by id desc").param("slug", slug)
                .query(Long.class).list();

        MockHttpServletResponse response = mvc.perform(get("/changes.atom")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.getContentAsString()));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSizeLessThanOrEqualTo(50);
        Entry corrected = feed.getEntries().get(0);
        Entry created = feed.getEntries().get(1);
        assertThat(corrected.getId()).isEqualTo("tag:ap4tracker.org,2026:change-" + ids.get(0));
        assertThat(created.getId()).isEqualTo("tag:ap4tracker.org,2026:change-" + ids.get(1));
        assertThat(corrected.getTitle()).isEqualTo("Corrected: A feed meeting & more");
        assertThat(created.getTitle()).isEqualTo("New: A feed meeting & more");
        assertThat(corrected.getAlternateLinks().get(0).getHref()).isEqualTo("http://localhost/events/" + slug);
        assertThat(corrected.getSummary().getValue()).isEqualTo("Editor’s note: Added the second day");
        assertThat(corrected.getUpdated()).isNotNull();

        MockHttpServletResponse again = mvc.perform(get("/changes.atom")
                .header("If-None-Match", response.getHeader("ETag"))).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(response.getHeader("Last-Modified")).isNotNull();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=60, public");
    }

    private EventInput input(String slug, String title, String note) {
        return input(slug, title, note, List.of(), List.of());
    }

    private EventInput input(String slug, String title, String note, List<String> topics, List<String> related) {
        return new EventInput(PREFIX + slug, title, "A summary of " + title + ".", null, LocalDate.of(2032, 3, 4), null,
                DatePrecision.DAY, DateQualifier.EXACT, EventType.MEETING, List.of("JP"), topics, null, null,
                List.of(new SourceInput("https://example.org/source", "A source", null, null, null, null)), List.of(),
                related, note);
    }

    private long version(String slug) {
        return editor.open(slug).version();
    }

    /** The entries about these events (slugs without the prefix), in page order. */
    private List<Element> entries(Document page, String... slugs) {
        List<String> addresses = Stream.of(slugs).map(slug -> "/events/" + PREFIX + slug).toList();
        return page.select(".change").stream().filter(entry -> addresses.stream().anyMatch(address ->
                entry.select(".change__event").text().endsWith(address)
                        || entry.select(".change__event a").attr("href").equals(address))).toList();
    }

    /** kind|event|link|reason|note */
    private String describe(Element entry) {
        Element link = entry.selectFirst(".change__event a");
        return String.join("|", entry.select(".change-badge").text(), entry.select(".change__event").text(),
                link == null ? "" : link.attr("href"), entry.select(".change__reason").text(),
                entry.select(".change__note").text());
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(URI.create(path))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(URI.create(path))).andReturn().getResponse().getStatus();
    }
}
