package org.ap4tracker.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventExport;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.events.Provenance;
import org.ap4tracker.events.SourceCitation;
import org.ap4tracker.events.TopicRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Every event a filter shows as CSV (RFC 4180: a header row, fields quoted when they need it, CRLF between
 * records), in the timeline's order, streamed from one cursor so memory stays flat however many there are.
 * <p>
 * The file starts with a UTF-8 byte order mark. RFC 4180 says nothing of one, but Excel reads a CSV file
 * without it in the machine's legacy code page and garbles "Élysée" and "NATO–Japan"; CSV libraries and
 * spreadsheets skip the mark.
 * <p>
 * No cell starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return: a spreadsheet
 * would take such text, typed by anyone who can edit an event, for a formula (OWASP's CSV injection). Such a
 * cell gets a leading apostrophe, which spreadsheets read as "this is text".
 */
@Component
class CsvWriter {

    static final String FILE_NAME = "ap4-tracker-events.csv";

    static final String BYTE_ORDER_MARK = "\uFEFF";

    static final List<String> HEADER = List.of("slug", "url", "date", "start", "end", "precision", "qualifier",
            "type", "title", "summary", "storyline", "actors", "topics", "location", "sources", "updated", "edtf", "source kinds", "publishers", "independent publishers");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    /** Characters that make a spreadsheet read a cell as a formula, per OWASP. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final EventCatalog catalog;
    private final FeedTexts texts;

    CsvWriter(EventCatalog catalog, FeedTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    void write(FeedRequest request, Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        // One statement's cursor for every event: a statement per page cost several times a COPY of the rows.
        try {
            catalog.eachExport(request.pageOrder(), event -> {
                try {
                    csv.printRecord(row(event, request).stream().map(CsvWriter::neutralised).toList());
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
        catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        csv.flush();
    }

    private List<@Nullable String> row(EventExport event, FeedRequest request) {
        EventCard card = event.card();
        HonestDate date = card.date();
        return Arrays.asList(
                card.slug(),
                request.event(card.slug()),
                texts.date(date),
                date.start().toString(),
                date.end() == null ? null : date.end().toString(),
                date.precision().name(),
                date.qualifier().name(),
                card.type().name(),
                card.title(),
                card.summary(),
                card.development() == null ? null : card.development().title(),
                card.actors().stream().map(ActorRef::code).collect(Collectors.joining(" ")),
                event.topics().stream().map(TopicRef::slug).collect(Collectors.joining(" ")),
                event.location(),
                // One source URL a line: a quoted cell may hold line breaks, and spreadsheets show them as such.
                event.sources().stream().map(SourceCitation::url).filter(Objects::nonNull)
                        .collect(Collectors.joining("\n")),
                card.updatedAt().toString(),
                date.edtf(),
                // One line per source, print ones included, in the event's order of sources.
                event.sources().stream().map(source -> source.kind().name()).collect(Collectors.joining("\n")),
                event.sources().stream().map(source -> Objects.requireNonNullElse(source.publisher(), ""))
                        .collect(Collectors.joining("\n")),
                String.valueOf(Provenance.of(event.sources()).publishers()));
    }

    /** The cell as a spreadsheet will read it as text, never as a formula. */
    static String neutralised(@Nullable String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
