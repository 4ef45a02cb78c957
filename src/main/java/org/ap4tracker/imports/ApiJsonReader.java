package org.ap4tracker.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.EventInput;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceInput;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.Stance;
import org.ap4tracker.events.StatementInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON of {@code /api/v1/events}: a page of the list ({@code {"events": [...], "next": ...}}), a
 * list of events, or one event as {@code /api/v1/events/{slug}} answers. The list gives each event's
 * summary; a full event also gives location, topics, sources and statements, which are read when present.
 * Related events are left out: they may name events further down the file, not yet written.
 */
final class ApiJsonReader {

    private ApiJsonReader() {
    }

    static List<ParsedRow> read(byte[] content, JsonMapper json, String changeNote) {
        JsonNode root;
        try {
            root = json.readTree(ImportText.utf8(content));
        }
        catch (JacksonException ex) {
            throw new ImportFileException("import.file.notJson");
        }
        List<JsonNode> events = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(events::add);
        }
        else if (root.isObject() && root.path("events").isArray()) {
            root.path("events").forEach(events::add);
        }
        else if (root.isObject() && root.has("slug")) {
            events.add(root);
        }
        else {
            throw new ImportFileException("import.file.noEvents");
        }
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            rows.add(row(i + 1, events.get(i), changeNote));
        }
        return rows;
    }

    private static ParsedRow row(int number, JsonNode event, String changeNote) {
        List<RowProblem> problems = new ArrayList<>();
        List<RowProblem> notes = new ArrayList<>();
        if (!event.isObject()) {
            return ParsedRow.refused(number, List.of(RowProblem.of("event", "import.row.notAnObject")), notes);
        }
        JsonNode date = event.path("date");
        LocalDate start = date(date, "start", problems);
        LocalDate end = date.path("end").isNull() || date.path("end").isMissingNode() ? null
                : date(date, "end", problems);
        DatePrecision precision = TrackerCsvReader.constant(DatePrecision.class, "date.precision",
                text(date, "precision"), problems);
        DateQualifier qualifier = TrackerCsvReader.constant(DateQualifier.class, "date.qualifier",
                text(date, "qualifier"), problems);
        EventType type = TrackerCsvReader.constant(EventType.class, "type", text(event, "type"), problems);
        List<SourceInput> sources = list(event.path("sources"), source -> new SourceInput(optional(source, "url"),
                optional(source, "title"), optional(source, "publisher"), optionalDate(source, "publishedOn", problems),
                optionalDate(source, "accessedOn", problems), optional(source, "archiveUrl"),
                optional(source, "kind") == null ? null : TrackerCsvReader.constant(SourceKind.class, "sources.kind",
                        text(source, "kind"), problems)));
        List<StatementInput> statements = list(event.path("statements"), statement -> new StatementInput(
                optional(statement, "speaker"), optional(statement, "speakerRole"),
                optional(statement.path("actor"), "code"), optionalDate(statement, "statedOn", problems),
                optional(statement, "quote"), optional(statement, "paraphrase"), optional(statement, "language"),
                optional(statement, "originalText"),
                optional(statement, "stance") == null ? null : TrackerCsvReader.constant(Stance.class,
                        "statements.stance", text(statement, "stance"), problems),
                optional(statement, "sourceUrl")));
        if (event.path("related").isArray() && !event.path("related").isEmpty()) {
            notes.add(RowProblem.of("related", "import.row.relatedDropped"));
        }
        if (!problems.isEmpty()) {
            return ParsedRow.refused(number, problems, notes);
        }
        return ParsedRow.of(number, new EventInput(optional(event, "slug"), optional(event, "title"),
                optional(event, "summary"), optional(event, "body"), start, end, precision, qualifier, type,
                list(event.path("actors"), actor -> text(actor, "code")),
                list(event.path("topics"), topic -> text(topic, "slug")),
                optional(event.path("development"), "slug"), optional(event, "location"), sources, statements,
                List.of(), changeNote), notes);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> each) {
        List<T> items = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(item -> items.add(each.apply(item)));
        }
        return items;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : "";
    }

    private static @Nullable String optional(JsonNode node, String field) {
        return ImportText.blankToNull(text(node, field));
    }

    private static @Nullable LocalDate date(JsonNode node, String field, List<RowProblem> problems) {
        return TrackerCsvReader.date("date." + field, text(node, field), problems);
    }

    private static @Nullable LocalDate optionalDate(JsonNode node, String field, List<RowProblem> problems) {
        return optional(node, field) == null ? null : TrackerCsvReader.date(field, text(node, field), problems);
    }
}
