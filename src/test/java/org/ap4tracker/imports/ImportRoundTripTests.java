package org.ap4tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Export, empty, import, publish, export again: the same events come back. The "empty instance" is the
 * year 2031, which only these tests' events use; the rest of the shared database is left alone.
 */
@TrackerIntegrationTest
class ImportRoundTripTests extends ImportFixtures {

    @Autowired
    JsonMapper json;

    @Test
    void theTrackersCsvComesBackIdentical() throws Exception {
        publishThreeTestEvents();
        String before = export("/events.csv?from=2031");
        assertThat(before).startsWith("\uFEFF").contains("'=HYPERLINK", "'-5 %", "'@Partners", "'+ plus");
        deleteTestEvents();

        long id = upload(ImportFormat.TRACKER_CSV, "ap4-tracker-events.csv", before);
        ImportJob checked = settled(id);
        assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(checked.report()).extracting(RowReport::outcome).containsOnly(RowReport.Outcome.CREATED)
                .hasSize(3);
        assertThat(testEvents()).as("a dry run writes nothing").isZero();

        ImportJob committed = confirm(id);
        assertThat(committed.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(testEvents("DRAFT")).isEqualTo(3);
        publishTestDrafts();
        String after = export("/events.csv?from=2031");

        // "updated" says when each event last changed, which the import honestly is; everything else matches.
        assertThat(withoutUpdated(after)).isEqualTo(withoutUpdated(before));
        assertThat(catalog.publicEvent("2031-03-10-formula").orElseThrow().title())
                .isEqualTo("=HYPERLINK(\"http://example.org\",\"click\")");
    }

    @Test
    void theApisJsonComesBackIdentical() throws Exception {
        publishThreeTestEvents();
        JsonNode page = json.readTree(export("/api/v1/events?from=2031-01-01"));
        ArrayNode full = json.createArrayNode();
        for (JsonNode summary : page.path("events")) {
            full.add(json.readTree(export("/api/v1/events/" + summary.path("slug").asString())));
        }
        ObjectNode file = json.createObjectNode();
        file.set("events", full);
        deleteTestEvents();

        long id = upload(ImportFormat.API_JSON, "events.json", json.writeValueAsBytes(file));
        assertThat(settled(id).status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(confirm(id).status()).isEqualTo(ImportStatus.COMMITTED);
        publishTestDrafts();

        assertThat(comparable(json.readTree(export("/api/v1/events?from=2031-01-01")).path("events")))
                .isEqualTo(comparable(page.path("events")));
        for (JsonNode event : full) {
            JsonNode again = json.readTree(export("/api/v1/events/" + event.path("slug").asString()));
            assertThat(comparable(again)).isEqualTo(comparable(event));
        }
    }

    @Test
    void aTimelineJsSheetBecomesHonestDatesThatItsExportShowsAgain() throws Exception {
        String sheet = """
                Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background
                ,,,,,,,,,Our timeline,<p>About it</p>,,,,,title,,
                2031,3,10,09:00,2031,3,12,,,Summit <b>opens</b>,"<p>Leaders meet &amp; talk.</p>",https://example.org/summit.jpg,Example Agency,Leaders arrive,,,,
                2031,4,,,,,,,mid-April 2031,Partners meet,Ministers of four partners.,https://example.org/partners,,,,,,
                2031,,,,,,,,,A year of reports,Several reports.,https://example.org/reports,Example Institute,,,,,
                """;
        long id = upload(ImportFormat.TIMELINEJS_CSV, "timeline.csv", sheet);
        ImportJob checked = settled(id);
        assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(checked.report()).extracting(RowReport::row, RowReport::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, RowReport.Outcome.SKIPPED),
                org.assertj.core.groups.Tuple.tuple(3, RowReport.Outcome.CREATED),
                org.assertj.core.groups.Tuple.tuple(4, RowReport.Outcome.CREATED),
                org.assertj.core.groups.Tuple.tuple(5, RowReport.Outcome.CREATED));
        assertThat(confirm(id).status()).isEqualTo(ImportStatus.COMMITTED);
        publishTestDrafts();

        JsonNode slides = json.readTree(export("/timelinejs.json?from=2031")).path("events");
        Map<String, JsonNode> byHeadline = new LinkedHashMap<>();
        slides.forEach(slide -> byHeadline.put(slide.path("text").path("headline").asString()
                .replaceAll("<[^>]+>", ""), slide));
        assertThat(byHeadline).containsOnlyKeys("Summit opens", "Partners meet", "A year of reports");
        JsonNode summit = byHeadline.get("Summit opens");
        assertThat(date(summit.path("start_date"))).isEqualTo("2031-3-10");
        assertThat(date(summit.path("end_date"))).isEqualTo("2031-3-12");
        assertThat(summit.path("text").path("text").asString()).contains("Leaders meet &amp; talk.", "Example Agency");
        assertThat(date(byHeadline.get("Partners meet").path("start_date"))).isEqualTo("2031-4");
        assertThat(byHeadline.get("Partners meet").path("display_date").asString()).isEqualTo("mid-April 2031");
        assertThat(date(byHeadline.get("A year of reports").path("start_date"))).isEqualTo("2031");
        assertThat(byHeadline.get("A year of reports").has("display_date")).isFalse();

        // What came from the sheet then goes round the tracker's own CSV unchanged, like any other event (the CSV
        // has no source titles, so those come back as the publisher or address, as the import page says).
        String before = export("/events.csv?from=2031");
        deleteTestEvents();
        long again = upload(ImportFormat.TRACKER_CSV, "from-the-sheet.csv", before);
        assertThat(settled(again).status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(confirm(again).status()).isEqualTo(ImportStatus.COMMITTED);
        publishTestDrafts();
        assertThat(withoutUpdated(export("/events.csv?from=2031"))).isEqualTo(withoutUpdated(before));
    }

    private static String date(JsonNode date) {
        return String.join("-", List.of(date.path("year"), date.path("month"), date.path("day")).stream()
                .filter(part -> !part.isMissingNode()).map(JsonNode::asString).toList());
    }

    /** The JSON without what a new write changes by nature: when, which version, when first published. */
    private static JsonNode comparable(JsonNode node) {
        JsonNode copy = node.deepCopy();
        List<JsonNode> objects = copy.isArray() ? List.copyOf(copy.valueStream().toList()) : List.of(copy);
        for (JsonNode object : objects) {
            ((ObjectNode) object).remove(List.of("updatedAt", "version", "publishedAt"));
        }
        return copy;
    }

    private static List<Map<String, String>> withoutUpdated(String csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), format)) {
            return parser.getRecords().stream().map(record -> {
                Map<String, String> row = new LinkedHashMap<>(record.toMap());
                row.remove("updated");
                return row;
            }).toList();
        }
    }
}
