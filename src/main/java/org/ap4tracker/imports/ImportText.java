package org.ap4tracker.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** What the readers of every format share: UTF-8 with or without a byte order mark, and CSV records. */
final class ImportText {

    /** The characters the tracker's CSV export guards with a leading apostrophe (see the feeds' CsvWriter). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ImportText() {
    }

    /** The file as text; bytes that are not UTF-8 are refused rather than silently turned into U+FFFD. */
    static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        catch (CharacterCodingException ex) {
            throw new ImportFileException("import.file.notUtf8");
        }
    }

    /**
     * The records of a CSV file with a header row, by Commons CSV (RFC 4180, the dialect Google Sheets and
     * the tracker's export write). The header names are returned as written.
     */
    static Records csv(byte[] content) {
        String text = utf8(content);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
            }
            return new Records(header, records);
        }
        catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
            // Commons CSV reports a quotation mark left open at the end of the file as an UncheckedIOException
            // from its record iterator: the file's fault, said to the editor like any other unreadable CSV.
            throw new ImportFileException("import.file.notCsv");
        }
    }

    /** A cell as the tracker's export meant it: its guarding apostrophe before a formula character removed. */
    static String unguarded(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** CSV records with their header, looked up by a normalised name (lower case, spaces dropped). */
    record Records(List<String> header, List<CSVRecord> records) {

        Map<String, Integer> columns() {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(normalised(header.get(i)), i);
            }
            return columns;
        }

        static String normalised(String name) {
            return name.replace("\uFEFF", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
        }
    }
}
