package org.ap4tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Files as they come from other people's spreadsheets, and files made to hurt: each one either imports as
 * plain text that does no harm anywhere it is shown or exported again, or is refused with a message that
 * says what to fix. Never a failed job, never an error page.
 */
@TrackerIntegrationTest
class ImportHostileInputTests extends ImportFixtures {

    private static final String SHEET_HEADER = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,"
            + "Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background";

    @Test
    void formulasScriptsQuotesLineBreaksAndAByteOrderMarkInASheetBecomePlainTextThatExportsGuarded() throws Exception {
        String sheet = "\uFEFF" + SHEET_HEADER + "\r\n"
                + "2031,5,1,,,,,,,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","
                + "\"<script>alert(1)</script>He said \"\"no\"\",\r\nthen left.\",https://example.org/said,,,,,,\r\n"
                + "2031,5,2,,,,,,,@SUM(A1:A9),+cmd|' /C calc'!A0,https://example.org/ok,\"=1+2\",,,,,\r\n"
                + "2031,5,3,,,,,,,A link that runs code,Text.,javascript:alert(1),,,,,,\r\n";
        long id = upload(ImportFormat.TIMELINEJS_CSV, "hostile.csv", sheet.getBytes(StandardCharsets.UTF_8));
        ImportJob checked = settled(id);
        assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(checked.report()).extracting(RowReport::outcome)
                .containsExactly(RowReport.Outcome.CREATED, RowReport.Outcome.CREATED, RowReport.Outcome.CREATED);
        assertThat(checked.report().get(2).notes()).extracting(RowProblem::code).contains("import.row.mediaDropped");

        Document report = Jsoup.parse(mvc.perform(get("/admin/imports/{id}", id).with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.select("script:not([src])")).isEmpty();
        assertThat(report.text()).contains("=HYPERLINK(\"http://evil.example\",\"click\")");

        assertThat(confirm(id).status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(jdbc.sql("select count(*) from event_source s join event e on e.id = s.event_id "
                + "where e.slug like '2031-05-03-%'").query(Integer.class).single()).as("no javascript: source").isZero();
        jdbc.sql("delete from event where slug like '2031-05-03-%'").update();
        publishTestDrafts();
        String first = jdbc.sql("select slug from event where slug like '2031-05-01-%'").query(String.class).single();
        assertThat(catalog.publicEvent(first).orElseThrow().summary())
                .isEqualTo("He said \"no\",\nthen left.");
        Document page = Jsoup.parse(export("/events/" + first));
        assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
        assertThat(page.select("script[type=application/ld+json]").html()).doesNotContain("<script", "alert");
        assertThat(page.select("h1").text()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");

        // A spreadsheet that opens the tracker's export sees text, not formulas: each is guarded by an apostrophe.
        String csv = export("/events.csv?from=2031");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", "'@SUM(A1:A9)",
                "'+cmd|' /C calc'!A0", "'=1+2");
    }

    /**
     * A sheet written the way Knight Lab's own sample timeline is: a title row with a background, HTML with
     * classes and doubled quotes, a line break inside a cell, a credit that is a link, a video as media, and
     * years as a sheet formatted for numbers exports them ("2,031"), which TimelineJS itself reads as 2031.
     */
    @Test
    void aSheetWrittenLikeKnightLabsSampleImportsAsTimelineJsWouldReadIt() throws Exception {
        String sheet = SHEET_HEADER + "\n"
                + ",,,,,,,,,Partners in Asia,\"<p class=\"\"lead\"\">A sample timeline.</p>\",,,,,title,,https://example.org/bg.jpg\n"
                + "\"2,031\",7,,,\"2,031\",,,,,...And the ministers who met,\"<p>Four ministers, including \"\"Jane\"\" Doe.</p> "
                + "<span class=\"\"tl-note\"\">A video link.\n.</span>\",https://www.youtube.com/watch?v=abc,"
                + "\"<a href=\"\"https://example.org/museum\"\">Example Museum</a>\",Ministers talk,,,,#8BB1C4\n"
                + " , , ,,,,,,,,,,,,,,,\n";
        ImportJob checked = settled(upload(ImportFormat.TIMELINEJS_CSV, "knightlab-like.csv", sheet));

        assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(checked.report()).extracting(RowReport::row, RowReport::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, RowReport.Outcome.SKIPPED),
                org.assertj.core.groups.Tuple.tuple(3, RowReport.Outcome.CREATED));
        assertThat(checked.report().get(1).notes()).extracting(RowProblem::code).contains("import.row.endPrecision");
        assertThat(confirm(checked.id()).status()).isEqualTo(ImportStatus.COMMITTED);

        var event = jdbc.sql("""
                select e.title, e.summary, e.start_date, e.end_date, e.date_precision, s.url, s.title as source_title,
                       s.publisher from event e join event_source s on s.event_id = e.id
                where e.slug like '2031-07-%' and e.status = 'DRAFT'""").query().singleRow();
        assertThat(event).containsEntry("title", "...And the ministers who met")
                .containsEntry("summary", "Four ministers, including \"Jane\" Doe.\nA video link.\n.")
                .containsEntry("start_date", java.sql.Date.valueOf("2031-07-01"))
                .containsEntry("end_date", java.sql.Date.valueOf("2031-12-31"))
                .containsEntry("date_precision", "MONTH")
                .containsEntry("url", "https://www.youtube.com/watch?v=abc")
                .containsEntry("source_title", "Ministers talk")
                .containsEntry("publisher", "Example Museum");
    }

    @Test
    void aQuotationMarkLeftOpenIsRefusedWithAMessageNotAFailure() throws Exception {
        String sheet = SHEET_HEADER + "\n2031,5,3,,,,,,,\"Never closed,Text,,,,,,,\n2031,5,4,,,,,,,Fine,Text,,,,,,,\n";
        ImportJob job = settled(upload(ImportFormat.TIMELINEJS_CSV, "open-quote.csv", sheet));

        assertThat(job.status()).isEqualTo(ImportStatus.CHECK_FAILED);
        assertThat(job.report()).singleElement().satisfies(row -> assertThat(row.problems())
                .extracting(RowProblem::code).containsExactly("import.file.notCsv"));
        mvc.perform(get("/admin/imports/{id}", job.id()).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The file cannot be read as CSV. Check its quotation marks.")));
        assertThat(testEvents()).isZero();
    }

    @Test
    void aSheetWithoutTheTemplatesColumnsOrWithNothingInItSaysWhichColumnsItNeeds() throws Exception {
        for (String file : new String[] {"Date,Title\n2031-05-05,Something\n", "\uFEFF", "\r\n\r\n"}) {
            ImportJob job = settled(upload(ImportFormat.TIMELINEJS_CSV, "other.csv", file));
            assertThat(job.status()).as(file).isEqualTo(ImportStatus.CHECK_FAILED);
            assertThat(job.report()).singleElement().satisfies(row -> {
                assertThat(row.problems()).extracting(RowProblem::code).containsExactly("import.file.missingColumns");
                assertThat(row.problems().get(0).args()).containsExactly("Year, Headline");
            });
        }
    }

    @Test
    void jsonThatIsCutOffOrOfTheWrongShapeIsRefusedWithAMessage() throws Exception {
        ImportJob cut = settled(upload(ImportFormat.API_JSON, "cut.json", "{\"events\": [{\"slug\": \"2031-05-06-a\", "));
        assertThat(cut.report()).singleElement().extracting(row -> row.problems().get(0).code())
                .isEqualTo("import.file.notJson");
        ImportJob shape = settled(upload(ImportFormat.API_JSON, "shape.json", "{\"items\": []}"));
        assertThat(shape.report()).singleElement().extracting(row -> row.problems().get(0).code())
                .isEqualTo("import.file.noEvents");
        ImportJob notObjects = settled(upload(ImportFormat.API_JSON, "numbers.json", "[1, \"two\", null]"));
        assertThat(notObjects.status()).isEqualTo(ImportStatus.CHECK_FAILED);
        assertThat(notObjects.report()).hasSize(3).allSatisfy(row -> assertThat(row.problems())
                .extracting(RowProblem::code).containsExactly("import.row.notAnObject"));
    }
}
