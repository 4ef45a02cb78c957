package org.ap4tracker.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.EventInput;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceInput;
import org.ap4tracker.events.SourceKind;
import org.jspecify.annotations.Nullable;

/**
 * Reads the tracker's own CSV export back. The export writes what readers need, not everything an event
 * holds, so some things are filled in: a source's title (not exported) is its publisher, or its address;
 * the storyline is found by its title. Columns the export derives (url, date, edtf, updated, independent
 * publishers) are ignored: the tracker derives them again.
 * <p>
 * The {@code language} column (the export's last, since the tracker has translations) says which language a
 * row's title and summary are in. A file exported before it existed has none, and its rows are English. A row
 * in Japanese or Korean ({@code ?lang=ja}) is refused: an event's title and summary are its English original,
 * and a translation imported as one would replace it.
 */
final class TrackerCsvReader {

    /** Optional: files exported before translations have no such column. */
    static final String LANGUAGE = "language";

    static final String ORIGINAL_LANGUAGE = "en";

    static final List<String> REQUIRED = List.of("slug", "start", "end", "precision", "qualifier", "type", "title",
            "summary", "storyline", "actors", "topics", "location", "sources", "sourcekinds", "publishers");

    private TrackerCsvReader() {
    }

    /** {@code storylines} maps a storyline's title to its slug. */
    static List<ParsedRow> read(byte[] content, Map<String, String> storylines, String changeNote) {
        ImportText.Records file = ImportText.csv(content);
        Map<String, Integer> columns = file.columns();
        List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("import.file.missingColumns", String.join(", ", missing));
        }
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < file.records().size(); i++) {
            CSVRecord record = file.records().get(i);
            Function<String, String> cell = name -> {
                Integer index = columns.get(name);
                return index != null && index < record.size() ? ImportText.unguarded(record.get(index)) : "";
            };
            rows.add(row(i + 2, cell, storylines, changeNote));
        }
        return rows;
    }

    private static ParsedRow row(int number, Function<String, String> cell, Map<String, String> storylines,
            String changeNote) {
        List<RowProblem> problems = new ArrayList<>();
        List<RowProblem> notes = new ArrayList<>();
        LocalDate start = date("start", cell.apply("start"), problems);
        LocalDate end = cell.apply("end").isBlank() ? null : date("end", cell.apply("end"), problems);
        DatePrecision precision = constant(DatePrecision.class, "precision", cell.apply("precision"), problems);
        DateQualifier qualifier = constant(DateQualifier.class, "qualifier", cell.apply("qualifier"), problems);
        EventType type = constant(EventType.class, "type", cell.apply("type"), problems);
        String storylineTitle = cell.apply("storyline");
        String storyline = null;
        if (!storylineTitle.isBlank()) {
            storyline = storylines.get(storylineTitle.strip());
            if (storyline == null) {
                problems.add(RowProblem.of("storyline", "import.row.unknownStoryline", storylineTitle));
            }
        }
        String language = cell.apply(LANGUAGE).strip();
        if (!language.isEmpty() && !language.equalsIgnoreCase(ORIGINAL_LANGUAGE)) {
            problems.add(RowProblem.of(LANGUAGE, "import.row.translatedText", language));
        }
        List<SourceInput> sources = sources(cell, notes);
        if (!problems.isEmpty()) {
            return ParsedRow.refused(number, problems, notes);
        }
        return ParsedRow.of(number, new EventInput(ImportText.blankToNull(cell.apply("slug")), cell.apply("title"),
                cell.apply("summary"), null, start, end, precision, qualifier, type, words(cell.apply("actors")),
                words(cell.apply("topics")), storyline, cell.apply("location"), sources, List.of(), List.of(),
                changeNote), notes);
    }

    /**
     * One source a line. The export lists a kind and a publisher for every source but an address only for
     * those that have one; when some have none, the addresses go to the first sources, and the report says so.
     */
    private static List<SourceInput> sources(Function<String, String> cell, List<RowProblem> notes) {
        List<String> urls = lines(cell.apply("sources"));
        List<String> kinds = lines(cell.apply("sourcekinds"));
        List<String> publishers = lines(cell.apply("publishers"));
        int count = Math.max(urls.size(), kinds.size());
        if (urls.size() < count) {
            notes.add(RowProblem.of("sources", "import.row.sourcesWithoutAddress"));
        }
        List<SourceInput> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String url = i < urls.size() ? urls.get(i) : null;
            String publisher = i < publishers.size() ? ImportText.blankToNull(publishers.get(i)) : null;
            SourceKind kind = SourceKind.NEWS;
            if (i < kinds.size()) {
                try {
                    kind = SourceKind.valueOf(kinds.get(i).strip());
                }
                catch (IllegalArgumentException ex) {
                    notes.add(RowProblem.of("source kinds", "import.row.unknownSourceKind", kinds.get(i)));
                }
            }
            String title = publisher != null ? publisher : url;
            sources.add(new SourceInput(url, title, publisher, null, null, null, kind));
        }
        if (count > 0) {
            notes.add(RowProblem.of("sources", "import.row.sourceTitlesFilled"));
        }
        return sources;
    }

    private static List<String> lines(String cell) {
        return cell.isBlank() ? List.of() : Arrays.asList(cell.split("\r?\n", -1));
    }

    private static List<String> words(String cell) {
        return cell.isBlank() ? List.of() : Arrays.asList(cell.strip().split("\\s+"));
    }

    static @Nullable LocalDate date(String column, String text, List<RowProblem> problems) {
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException ex) {
            problems.add(RowProblem.of(column, "import.row.badDate", text));
            return null;
        }
    }

    static <E extends Enum<E>> @Nullable E constant(Class<E> type, String column, String text,
            List<RowProblem> problems) {
        try {
            return Enum.valueOf(type, text.strip());
        }
        catch (IllegalArgumentException ex) {
            problems.add(RowProblem.of(column, "import.row.badValue", text));
            return null;
        }
    }
}
