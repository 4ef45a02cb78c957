package org.ap4tracker.feeds;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import jakarta.persistence.EntityManager;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventEditor;
import org.ap4tracker.events.EventInput;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceInput;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV export. Events the tests write are rolled back with the test's transaction. */
@TrackerIntegrationTest
@Transactional
class CsvExportTests {

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
    JdbcClient jdbc;

    @Test
    void everyEventIsARowUnderAHeaderInUtf8WithCrlf() throws Exception {
        MvcResult result = FeedRequests.fetch(mvc, "/events.csv");
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(result.getResponse().getContentType()).startsWith("text/csv").contains("charset=UTF-8")
                .contains("header=present");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"ap4-tracker-events.csv\"");
        assertThat(body).startsWith("\uFEFFslug,url,date,start,end,precision,qualifier,type,title,summary,"
                + "storyline,actors,topics,location,sources,updated,edtf,source kinds,publishers,independent publishers,"
                + "language\r\n");
        List<CSVRecord> rows = parse(body);
        assertThat(rows).extracting(row -> row.get("slug"))
                .containsExactlyElementsOf(FeedRequests.timelineSlugs(catalog, TimelineFilter.everything()));
        CSVRecord vilnius = row(rows, "2023-07-11-vilnius-summit");
        assertThat(vilnius.get("url")).isEqualTo(FeedRequests.eventUrl("2023-07-11-vilnius-summit"));
        assertThat(vilnius.get("date")).isEqualTo("11\u201312 July 2023");
        assertThat(vilnius.get("start")).isEqualTo("2023-07-11");
        assertThat(vilnius.get("end")).isEqualTo("2023-07-12");
        assertThat(vilnius.get("precision")).isEqualTo("DAY");
        assertThat(vilnius.get("type")).isEqualTo("SUMMIT");
        assertThat(vilnius.get("storyline")).isEqualTo("Asia-Pacific partners at NATO summits");
        assertThat(vilnius.get("actors").split(" ")).contains("JP", "KR", "AU", "NZ", "NATO");
        assertThat(vilnius.get("topics").split(" ")).containsExactlyInAnyOrder("summits", "partnerships");
        assertThat(vilnius.get("location")).isEqualTo("Vilnius, Lithuania");
        assertThat(vilnius.get("sources")).startsWith("https://japan.kantei.go.jp/101_kishida/diplomatic/202307/12ap4.html\n")
                .contains("https://trendsresearch.org/insight/vilnius-summit-2023");
        CSVRecord elysee = row(rows, "2023-07-09-elysee-confirms-opposition-to-tokyo-office");
        assertThat(elysee.get("title")).startsWith("\u00c9lys\u00e9e official");
        CSVRecord midApril = row(rows, "2023-04-tokyo-liaison-office-proposal-shared");
        assertThat(midApril.get("date")).isEqualTo("mid-April 2023");
        assertThat(midApril.get("precision")).isEqualTo("MONTH");
        assertThat(midApril.get("qualifier")).isEqualTo("MID");
        assertThat(midApril.get("end")).isEmpty();
        assertThat(midApril.get("edtf")).isEqualTo("2023-04-11/2023-04-20");
        assertThat(row(rows, "2017-nato-china-dialogue-halts").get("edtf")).isEqualTo("2018/..");
        CSVRecord itpp = row(rows, "2023-07-12-nato-japan-itpp-agreed");
        assertThat(itpp.get("source kinds").split("\n")).startsWith("OFFICIAL").contains("OPINION");
        assertThat(itpp.get("publishers").split("\n")).startsWith("NATO");
        assertThat(Integer.parseInt(itpp.get("independent publishers"))).isGreaterThanOrEqualTo(2);
        assertThat(rows).extracting(row -> row.get("language")).containsOnly("en");
    }

    @Test
    void eachRowSaysWhichLanguageItsTitleAndSummaryAreIn() throws Exception {
        new TestEvents(jdbc).published("2031-02-01-not-translated", LocalDate.of(2031, 2, 1), "Not translated yet", "JP");

        List<CSVRecord> japanese = parse(FeedRequests.body(mvc, "/events.csv?lang=ja"));
        List<CSVRecord> korean = parse(FeedRequests.body(mvc, "/events.csv?lang=ko"));

        CSVRecord vilnius = row(japanese, "2023-07-11-vilnius-summit");
        assertThat(vilnius.get("title")).isEqualTo("NATO\u30d3\u30ea\u30cb\u30e5\u30b9\u9996\u8133\u4f1a\u5408");
        assertThat(vilnius.get("language")).isEqualTo("ja");
        assertThat(vilnius.values()[vilnius.size() - 1]).isEqualTo("ja");
        CSVRecord untranslated = row(japanese, "2031-02-01-not-translated");
        assertThat(untranslated.get("title")).isEqualTo("Not translated yet");
        assertThat(untranslated.get("language")).isEqualTo("en");
        assertThat(row(korean, "2023-07-11-vilnius-summit").get("language")).isEqualTo("ko");
        assertThat(row(korean, "2031-02-01-not-translated").get("language")).isEqualTo("en");
    }

    @Test
    void aFilterAndOrderCarryOver() throws Exception {
        List<CSVRecord> rows = parse(FeedRequests.body(mvc, "/events.csv?actor=JP&type=SUMMIT&order=oldest"));

        assertThat(rows).extracting(row -> row.get("slug"))
                .containsExactly("2022-06-28-madrid-summit", "2023-07-11-vilnius-summit", "2024-07-09-washington-summit",
                        "2025-06-24-the-hague-summit");
    }

    @Test
    void quotesAndLineBreaksInAFieldRoundTrip() throws Exception {
        String summary = "Stoltenberg said the office was \"on the table\".\nA second line, with a comma.";
        create("2031-01-02-csv-round-trip", "Round trip, quoted", summary,
                List.of(source("https://example.org/one"), source("https://example.org/two?a=1&b=2")));

        CSVRecord row = row(parse(FeedRequests.body(mvc, "/events.csv")), "2031-01-02-csv-round-trip");

        assertThat(row.get("title")).isEqualTo("Round trip, quoted");
        assertThat(row.get("summary")).isEqualTo(summary);
        assertThat(row.get("sources")).isEqualTo("https://example.org/one\nhttps://example.org/two?a=1&b=2");
    }

    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaAreNeutralised() throws Exception {
        Map<String, String> titles = Map.of(
                "2031-01-03-csv-formula-equals", "=HYPERLINK(\"https://evil.example/\",\"Click me\")",
                "2031-01-04-csv-formula-plus", "+SUM(1,2)",
                "2031-01-05-csv-formula-minus", "-2+3*cmd|' /C calc'!A0",
                "2031-01-06-csv-formula-at", "@SUM(A1:A9)");
        titles.forEach((slug, title) -> create(slug, title, "-1 summary that starts with a minus",
                List.of(source("https://example.org/"))));

        List<CSVRecord> rows = parse(FeedRequests.body(mvc, "/events.csv"));

        titles.forEach((slug, title) -> {
            CSVRecord row = row(rows, slug);
            assertThat(row.get("title")).isEqualTo("'" + title);
            assertThat(row.get("summary")).isEqualTo("'-1 summary that starts with a minus");
        });
        assertThat(rows).allSatisfy(row -> row.stream().forEach(cell ->
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@")));
    }

    @Test
    void aSearchWithQuotesAndBackslashesIsReadAsWordsNotAsSql() throws Exception {
        create("2031-01-07-csv-quote-search", "O'Brien\\ said zyzzyvaquote", "A summary.",
                List.of(source("https://example.org/")));

        List<CSVRecord> rows = parse(FeedRequests.body(mvc, "/events.csv?q=O'Brien\\ zyzzyvaquote"));

        assertThat(rows).extracting(row -> row.get("slug")).containsExactly("2031-01-07-csv-quote-search");
        assertThat(rows.get(0).get("title")).isEqualTo("O'Brien\\ said zyzzyvaquote");
    }

    @Test
    void theExportStreamsEveryEventPastOnePage() throws Exception {
        TestEvents test = new TestEvents(jdbc);
        for (int i = 0; i < 250; i++) {
            test.published("2031-02-%02d-csv-many-%d".formatted(1 + i % 28, i), LocalDate.of(2031, 2, 1 + i % 28),
                    "Many " + i, "NATO");
        }

        List<CSVRecord> rows = parse(FeedRequests.body(mvc, "/events.csv"));

        assertThat(rows).hasSize(279);
        assertThat(rows).extracting(row -> row.get("slug")).doesNotHaveDuplicates();
        assertThat(rows.get(0).get("start")).isEqualTo("2031-02-28");
        assertThat(rows.get(278).get("slug")).isEqualTo("1999-05-07-nato-bombing-of-chinese-embassy-in-belgrade");
    }

    private void create(String slug, String title, String summary, List<SourceInput> sources) {
        editor.create(new EventInput(slug, title, summary, null, LocalDate.of(2031, 1, 2), null, DatePrecision.DAY,
                DateQualifier.EXACT, EventType.STATEMENT, List.of("NATO"), List.of(), null, null, sources, List.of(),
                List.of(), null), true);
        entityManager.flush();
    }

    private static SourceInput source(String url) {
        return new SourceInput(url, "A source", null, null, null, null);
    }

    /** A cell as a spreadsheet will read it as text, never as a formula: what the export must write. */
    static String neutralised(String cell) {
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static List<CSVRecord> parse(String body) throws Exception {
        assertThat(body).startsWith(CsvWriter.BYTE_ORDER_MARK);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
    }

    private static CSVRecord row(List<CSVRecord> rows, String slug) {
        Map<String, CSVRecord> bySlug = rows.stream().collect(Collectors.toMap(row -> row.get("slug"), row -> row));
        assertThat(bySlug).containsKey(slug);
        return bySlug.get(slug);
    }
}
