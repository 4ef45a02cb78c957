package org.ap4tracker.feeds;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ap4tracker.accounts.Accounts;
import org.ap4tracker.accounts.ApiTokens;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.AppInstance;
import org.ap4tracker.system.PlainText;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated hostile text (markup, quotes, CDATA ends, CR LF, bidi overrides, right-to-left and CJK scripts,
 * emoji, very long words, formula starts, LaTeX specials, any Unicode) written through the real API and read
 * back from every output with its real parser: the page (jsoup), the API and CSL-JSON and JSON Feed and
 * TimelineJS (Jackson), Atom and the changes feed (Rome), iCalendar (ical4j), CSV (Commons CSV) and BibTeX
 * (jbibtex). Each must parse, and the text must read back as written, or visibly marked where a format
 * cannot carry it (a formula start in CSV, a control character in XML).
 * <p>
 * The seed is fixed and the tries bounded so that the build stays quick and repeatable; run it longer with
 * {@code ./mvnw test -Dtest=HostileTextOutputsTests -Djqwik.tries.default=2000}.
 */
class HostileTextOutputsTests {

    static final List<String> HOSTILE = List.of("<script>alert('x')</script>", "\"quoted\" and 'single'", "]]>",
            "&amp; & &#0;", "\r\n", "\n", "\t", "\u202Eevil\u202C", "\u2066isolated\u2069", "\u200Fمكتب الاتصال",
            "שלום", "東京連絡事務所", "한국", "🎌🇯🇵👩‍👩‍👧", "=HYPERLINK(\"http://x\")", "@SUM(1)", "{\\}%$#_^~",
            "--", "\\n\\,;", "Ω≈ç", "<![CDATA[", "</title>", "${x}", "%s%n", "\u00A0", "e\u0301");

    static final String SEED = "20261130";

    /** Every format takes the timeline's filter; the generated events are the only ones in 2100. */
    static final String ONLY_2100 = "?from=2100&to=2100";

    static final AtomicInteger EVENTS = new AtomicInteger();
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Writes every character outside ASCII as an escape, the only way JSON can carry a lone surrogate. */
    static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    static AppInstance app;
    static String bearer;

    @BeforeContainer
    static void startTheApplication() {
        app = AppInstance.startWithOwnDatabase();
        app.bean(Accounts.class).create("hostile-writer", "Hostile Writer", Role.EDITOR, "a long enough passphrase");
        bearer = "Bearer " + app.bean(ApiTokens.class).create("hostile-writer", "tests").secret();
    }

    @AfterContainer
    static void stopTheApplication() {
        app.close();
    }

    @Provide
    Arbitrary<String> storable() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(HOSTILE)),
                Tuple.of(2, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(70)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(4).filter(PlainText::acceptable)));
        return piece.list().ofMinSize(1).ofMaxSize(5).map(pieces -> "T " + String.join(" ", pieces))
                .filter(text -> text.length() <= 160);
    }

    @Provide
    Arbitrary<String> withARefusedCharacter() {
        Arbitrary<Character> refused = Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u0008'),
                Arbitraries.chars().range('\u000E', '\u001F'), Arbitraries.chars().range('\u007F', '\u009F'),
                Arbitraries.of('\u000B', '\u000C', '\uFFFD', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'));
        return Combinators.combine(storable(), refused, Arbitraries.integers().between(0, 200))
                .as((text, bad, at) -> {
                    int position = Math.min(at, text.length());
                    if (position > 0 && Character.isHighSurrogate(text.charAt(position - 1))) {
                        position--;
                    }
                    return text.substring(0, position) + bad + text.substring(position);
                })
                .filter(text -> text.length() <= 160);
    }

    @Property(seed = SEED)
    void storableTextReadsBackAsWrittenFromEveryOutput(@ForAll("storable") String title,
            @ForAll("storable") String summary) throws Exception {
        String slug = "2100-12-31-hostile-" + EVENTS.incrementAndGet();
        HttpResponse<String> created = create(slug, title, summary);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            String expected = asStored(title);
            assertThat(apiTitle(slug)).isEqualTo(expected);
            assertEveryOutputReads(slug, expected, expected);
            assertThat(atomEntry("/feed.atom" + ONLY_2100, slug).getSummary().getValue())
                    .isEqualTo(asStored(summary));
        }
        finally {
            delete(slug);
        }
    }

    @Property(seed = SEED)
    void textWithACharacterTheRuleRefusesIsAFieldErrorAndNothingIsStored(
            @ForAll("withARefusedCharacter") String title) {
        String slug = "2100-12-31-refused-" + EVENTS.incrementAndGet();

        HttpResponse<String> created = create(slug, title, "A summary.");

        assertThat(created.statusCode()).as(created.body()).isIn(400, 422);
        assertThat(created.body()).contains("title");
        assertThat(app.get("/api/v1/events/" + slug, "Authorization", bearer).statusCode()).isEqualTo(404);
    }

    /** Values stored before the rule held (or written to the database by hand) still give well-formed outputs. */
    @Property(tries = 5, seed = SEED)
    void controlCharactersAlreadyStoredAreShownAsReplacementsWhereAFormatCannotCarryThem(
            @ForAll("storable") String title) throws Exception {
        String slug = "2100-12-31-stored-" + EVENTS.incrementAndGet();
        assertThat(create(slug, "Clean for now", "A summary.").statusCode()).isEqualTo(201);
        String stored = "Bell\u0007 " + title.replace("\r\n", "\n") + " \u001B[0m \uFFFE";
        app.bean(JdbcClient.class).sql("update event set title = :title where slug = :slug").param("title", stored)
                .param("slug", slug).update();
        try {
            assertEveryOutputReads(slug, stored, PlainText.visible(stored));
        }
        finally {
            delete(slug);
        }
    }

    /** Line breaks are stored as line feeds, and text around a value is trimmed. */
    private static String asStored(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private void assertEveryOutputReads(String slug, String exact, String xmlSafe) throws Exception {
        Document page = Jsoup.parse(ok("/events/" + slug));
        assertThat(page.selectFirst("h1").wholeText()).isIn(exact, xmlSafe);

        assertThat(atomEntry("/feed.atom" + ONLY_2100, slug).getTitle()).isEqualTo(xmlSafe);
        Entry change = atomEntries("/changes.atom").stream()
                .filter(entry -> entry.getAlternateLinks().get(0).getHref().endsWith("/events/" + slug))
                .findFirst().orElseThrow();
        assertThat(change.getTitle()).endsWith(": " + xmlSafe);

        JsonNode feed = JSON.readTree(ok("/feed.json" + ONLY_2100));
        assertThat(item(feed.get("items"), "url", "/events/" + slug).get("title").asString()).isEqualTo(exact);

        JsonNode timeline = JSON.readTree(ok("/timelinejs.json" + ONLY_2100));
        JsonNode slide = item(timeline.get("events"), "unique_id", slug);
        assertThat(Jsoup.parseBodyFragment(slide.get("text").get("headline").asString()).body().wholeText())
                .isEqualTo(exact);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ok("/calendar.ics" + ONLY_2100)));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(candidate -> candidate.getProperty(net.fortuna.ical4j.model.Property.UID).orElseThrow().getValue().startsWith(slug + "@"))
                .findFirst().orElseThrow();
        assertThat(event.getProperty(net.fortuna.ical4j.model.Property.SUMMARY).orElseThrow().getValue()).isEqualTo(xmlSafe);

        try (var csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(ok("/events.csv" + ONLY_2100).replaceFirst("^\uFEFF", "")))) {
            CSVRecord row = csv.stream().filter(record -> record.get("slug").equals(slug)).findFirst().orElseThrow();
            assertThat(row.get("title")).isEqualTo(CsvExportTests.neutralised(exact));
        }

        assertThat(JSON.readTree(ok("/events/" + slug + "/cite.json")).get(0).get("title").asString()).isEqualTo(exact);

        BibTeXParser bibtex = new BibTeXParser();
        BibTeXDatabase database = bibtex.parseFully(new StringReader(ok("/events/" + slug + "/cite.bib")));
        assertThat(bibtex.getExceptions()).isEmpty();
        BibTeXEntry entry = database.resolveEntry(new Key("ap4tracker-" + slug));
        assertThat(entry).isNotNull();
        assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString()).endsWith("/events/" + slug);
    }

    private HttpResponse<String> create(String slug, String title, String summary) {
        ObjectNode event = JSON.createObjectNode().put("slug", slug).put("title", title).put("summary", summary)
                .put("startDate", "2100-12-31").put("precision", "DAY").put("qualifier", "EXACT").put("type", "MEETING");
        event.putArray("actors").add("JP");
        event.putArray("sources").addObject().put("url", "https://example.org/").put("title", "A source");
        return app.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/events?publish=true")))
                .POST(HttpRequest.BodyPublishers.ofString(ESCAPING.writeValueAsString(event))),
                "Authorization", bearer, "Content-Type", "application/json");
    }

    private String apiTitle(String slug) {
        return JSON.readTree(ok("/api/v1/events/" + slug)).get("title").asString();
    }

    private String ok(String path) {
        HttpResponse<String> response = app.get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private Entry atomEntry(String path, String slug) throws Exception {
        return atomEntries(path).stream().filter(entry -> entry.getId().endsWith("/events/" + slug)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Entry> atomEntries(String path) throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(ok(path)));
        return feed.getEntries();
    }

    private static JsonNode item(JsonNode items, String field, String suffix) {
        for (JsonNode item : items) {
            if (item.has(field) && item.get(field).asString().endsWith(suffix)) {
                return item;
            }
        }
        throw new AssertionError("No item with " + field + " ending " + suffix);
    }

    private void delete(String slug) {
        app.bean(JdbcClient.class).sql("delete from event where slug = :slug").param("slug", slug).update();
    }
}
