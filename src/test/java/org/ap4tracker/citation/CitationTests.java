package org.ap4tracker.citation;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.EventEditor;
import org.ap4tracker.events.EventInput;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceInput;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * "Cite this" on an event created through the desk, read back with real tools: jbibtex parses the BibTeX, and
 * citeproc-java, a CSL processor, renders the CSL-JSON in official citation styles as reference managers do. The
 * event is committed, and deleted after.
 */
@TrackerIntegrationTest
class CitationTests {

    private static final String SLUG = "2033-03-04-citation-test";

    /** Every character BibTeX or LaTeX treats specially, and a typographic dash. */
    private static final String TITLE = "Cyber & space: 50% of AP4_partners {agree} $5 #1 ^ ~ \\ – done";

    /** The title as Chicago sets it, in title case. */
    private static final String TITLE_IN_TITLE_CASE = "Cyber & Space: 50% of AP4_Partners {Agree} $5 #1 ^ ~ \\ – Done";

    @Autowired
    MockMvc mvc;

    @Autowired
    EventEditor editor;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    LocalDate today;
    LocalDate updated;

    @BeforeEach
    void publishAnEventWithAnAwkwardTitle() {
        editor.create(new EventInput(SLUG, TITLE, "A summary.", null, LocalDate.of(2033, 3, 4), null, DatePrecision.DAY,
                DateQualifier.EXACT, EventType.MEETING, List.of("JP"), List.of(), null, null,
                List.of(new SourceInput("https://example.org/source", "A source", null, null, null, null)), List.of(),
                List.of(), null), true);
        today = LocalDate.now(clock);
        updated = jdbc.sql("select updated_at from event where slug = :slug").param("slug", SLUG)
                .query(OffsetDateTime.class).single().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    @AfterEach
    void deleteTheEvent() {
        jdbc.sql("delete from event where slug like '2033-03-04-citation-%'").update();
    }

    @Test
    void theBibTexFileParsesWithTheTitleEscapedAndEveryFieldIntact() throws Exception {
        MockHttpServletResponse response = get("/events/" + SLUG + "/cite.bib", 200);
        assertThat(response.getContentType()).isEqualTo("application/x-bibtex;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("inline; filename=\"ap4tracker-" + SLUG + ".bib\"");

        BibTeXParser parser = new BibTeXParser();
        BibTeXDatabase database = parser.parseFully(new StringReader(response.getContentAsString()));

        assertThat(parser.getExceptions()).isEmpty();
        BibTeXEntry entry = database.resolveEntry(new Key("ap4tracker-" + SLUG));
        assertThat(entry).isNotNull();
        assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_MISC);
        String title = entry.getField(BibTeXEntry.KEY_TITLE).toUserString();
        assertThat(title).isEqualTo("{Cyber \\& space: 50\\% of AP4\\_partners \\textbraceleft{}agree\\textbraceright{} "
                + "\\$5 \\#1 \\textasciicircum{} \\textasciitilde{} \\textbackslash{} – done}");
        assertThat(new LaTeXPrinter().print(new LaTeXParser().parse(title)))
                .as("LaTeX reads the title back as written, specials included")
                .contains("Cyber & space: 50% of AP4_partners", "$5 #1");
        assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("{AP4 Tracker}");
        assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString()).isEqualTo("http://localhost/events/" + SLUG);
        assertThat(entry.getField(BibTeXEntry.KEY_HOWPUBLISHED).toUserString())
                .isEqualTo("\\url{http://localhost/events/" + SLUG + "}");
        assertThat(entry.getField(new Key("urldate")).toUserString()).isEqualTo(today.toString());
        assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo(Integer.toString(updated.getYear()));
        assertThat(entry.getField(BibTeXEntry.KEY_NOTE).toUserString()).isEqualTo("Accessed " + written(today));
    }

    @Test
    void aCslProcessorRendersTheCslJsonFileAsAWebPageReference() throws Exception {
        MockHttpServletResponse response = get("/events/" + SLUG + "/cite.json", 200);
        assertThat(response.getContentType()).startsWith("application/vnd.citationstyles.csl+json");
        String body = response.getContentAsString(StandardCharsets.UTF_8);

        JsonNode items = json.readTree(body);
        assertThat(items).hasSize(1);
        JsonNode item = items.get(0);
        assertThat(item.get("id").asString()).isEqualTo("ap4tracker-" + SLUG);
        assertThat(item.get("type").asString()).isEqualTo("webpage");
        assertThat(item.get("title").asString()).isEqualTo(TITLE);
        assertThat(item.get("container-title").asString()).isEqualTo("AP4 Tracker");
        assertThat(item.get("URL").asString()).isEqualTo("http://localhost/events/" + SLUG);
        assertThat(item.get("accessed").get("date-parts").toString())
                .isEqualTo("[[%d,%d,%d]]".formatted(today.getYear(), today.getMonthValue(), today.getDayOfMonth()));
        assertThat(item.get("issued").get("date-parts").toString())
                .isEqualTo("[[%d,%d,%d]]".formatted(updated.getYear(), updated.getMonthValue(), updated.getDayOfMonth()));

        List<CSLItemData> read = cslItems(body);
        assertThat(read).hasSize(1);
        CSLItemData cited = read.get(0);
        assertThat(cited.getId()).isEqualTo("ap4tracker-" + SLUG);
        assertThat(cited.getType()).isEqualTo(CSLType.WEBPAGE);

        String url = "http://localhost/events/" + SLUG;
        assertThat(bibliographyEntry("apa", cited)).as("APA; it gives no retrieval date when the page is dated")
                .isEqualTo("AP4 Tracker. (%d, %s). %s. AP4 Tracker. %s".formatted(updated.getYear(),
                        DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH).format(updated), TITLE, url));
        assertThat(bibliographyEntry("chicago-author-date", cited)).as("Chicago, author-date")
                .isEqualTo("AP4 Tracker. %d. “%s.” AP4 Tracker. %s. %s.".formatted(updated.getYear(),
                        TITLE_IN_TITLE_CASE, DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(updated),
                        url));
        assertThat(bibliographyEntry("harvard-cite-them-right", cited)).as("Harvard, which prints the access date")
                .isEqualTo("AP4 Tracker (%d) %s, AP4 Tracker. Available at: %s (Accessed: %s).".formatted(
                        updated.getYear(), TITLE, url, written(today)));
    }

    @Test
    void theCslProcessorNoticesWhatIsNotCslJson() throws Exception {
        String body = get("/events/" + SLUG + "/cite.json", 200).getContentAsString(StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        Map<String, Object> served = (Map<String, Object>) new JsonParser(new JsonLexer(new StringReader(body)))
                .parseArray().get(0);

        Map<String, Object> unknownType = new LinkedHashMap<>(served);
        unknownType.put("type", "web page");
        assertThatThrownBy(() -> CSLItemData.fromJson(unknownType)).as("an unknown type")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("web page");

        Map<String, Object> misspeltUrl = new LinkedHashMap<>(served);
        misspeltUrl.put("url", misspeltUrl.remove("URL"));
        CSLItemData withoutUrl = CSLItemData.fromJson(misspeltUrl);
        assertThat(withoutUrl.getURL()).as("a misspelt URL field").isNull();
        assertThat(bibliographyEntry("apa", withoutUrl)).contains(TITLE).doesNotContain("http://localhost/events/");
    }

    @Test
    void theEventPageShowsTheCitationsAndLinksItsFilesAndJson() throws Exception {
        Document page = Jsoup.parse(get("/events/" + SLUG, 200).getContentAsString());

        String url = "http://localhost/events/" + SLUG;
        assertThat(page.select(".cite__text").text()).isEqualTo("AP4 Tracker. “" + TITLE + ".” Last updated "
                + written(updated) + ". " + url + " (accessed " + written(today) + ").");
        assertThat(page.select(".cite pre").eachText()).hasSize(2);
        assertThat(page.select(".cite pre").get(0).wholeText()).startsWith("@misc{ap4tracker-" + SLUG + ",");
        assertThat(json.readTree(page.select(".cite pre").get(1).wholeText()).get(0).get("URL").asString()).isEqualTo(url);
        assertThat(page.select(".cite a[href=/events/" + SLUG + "/cite.bib]")).hasSize(1);
        assertThat(page.select(".cite a[href=/events/" + SLUG + "/cite.json]")).hasSize(1);
        assertThat(page.select("a[href=/api/v1/events/" + SLUG + "]").text()).isEqualTo("This event as JSON");
        assertThat(page.select("link[rel=alternate][type=application/json]").attr("href")).isEqualTo("/api/v1/events/" + SLUG);
    }

    @Test
    void withdrawnEventsAreGoneAndDraftsAndUnknownSlugsAreNotFound() throws Exception {
        editor.withdraw(SLUG, editor.open(SLUG).version(), "A test", null);
        editor.create(new EventInput("2033-03-04-citation-draft", "A draft", "A summary.", null, LocalDate.of(2033, 3, 4),
                null, DatePrecision.DAY, DateQualifier.EXACT, EventType.MEETING, List.of(), List.of(), null, null,
                List.of(), List.of(), List.of(), null), false);

        for (String format : List.of("cite.bib", "cite.json")) {
            get("/events/" + SLUG + "/" + format, 410);
            get("/events/2033-03-04-citation-draft/" + format, 404);
            get("/events/no-such-event/" + format, 404);
        }
    }

    @Test
    void aTitleEndingInAQuestionMarkTakesNoExtraFullStop() {
        Citation citation = new Citation("ap4tracker-x", "A liaison office in Tokyo?", "https://example.org/events/x",
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 11, 28));

        assertThat(citation.plainText()).isEqualTo("AP4 Tracker. “A liaison office in Tokyo?” Last updated 5 March 2026. "
                + "https://example.org/events/x (accessed 28 November 2026).");
    }

    @Test
    void anEventOfTheInitialDatasetIsCitedWithItsFixedFirstPublicationDate() throws Exception {
        Document page = Jsoup.parse(get("/events/2023-07-12-nato-japan-itpp-agreed", 200).getContentAsString());

        assertThat(page.select(".cite__text").text()).startsWith("AP4 Tracker. “NATO and Japan agree Individually "
                + "Tailored Partnership Programme for 2023–2026.” First published 28 November 2026; last updated ");
        assertThat(page.select(".cite pre").get(0).wholeText()).contains("note = {First published 28 November 2026. Accessed ");
    }

    /** The items of a CSL-JSON document, read by citeproc-java's own JSON parser and item mapping. */
    @SuppressWarnings("unchecked")
    private static List<CSLItemData> cslItems(String body) throws Exception {
        return new JsonParser(new JsonLexer(new StringReader(body))).parseArray().stream()
                .map(item -> CSLItemData.fromJson((Map<String, Object>) item)).toList();
    }

    /** One item's bibliography entry in a style shipped with the official styles, as plain text. */
    private static String bibliographyEntry(String style, CSLItemData item) throws Exception {
        String[] entries = CSL.makeAdhocBibliography(style, "text", item).getEntries();
        assertThat(entries).as(style).hasSize(1);
        return entries[0].strip();
    }

    private static String written(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(day);
    }

    private MockHttpServletResponse get(String path, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        return response;
    }
}
