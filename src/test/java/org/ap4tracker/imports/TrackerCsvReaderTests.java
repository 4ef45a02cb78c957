package org.ap4tracker.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker's CSV export read back, from before and after the export gained its last column, {@code language}:
 * an editor can import either; a row whose title and summary are a translation is refused, since an event's title
 * and summary are its English original.
 */
class TrackerCsvReaderTests {

    private static final String COLUMNS = "slug,url,date,start,end,precision,qualifier,type,title,summary,storyline,"
            + "actors,topics,location,sources,updated,edtf,source kinds,publishers,independent publishers";

    @Test
    void aFileExportedBeforeTheLanguageColumnIsReadAsEnglish() {
        List<ParsedRow> rows = read(COLUMNS + "\r\n" + row("2031-05-01-old", "An old export"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.problems()).isEmpty();
            assertThat(row.title()).isEqualTo("An old export");
        });
    }

    @Test
    void aFileWithTheLanguageColumnReadsItsEnglishRows() {
        List<ParsedRow> rows = read(COLUMNS + ",language\r\n" + row("2031-05-02-new", "A new export") + ",en\r\n");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.problems()).isEmpty();
            assertThat(row.title()).isEqualTo("A new export");
            assertThat(row.input().summary()).isEqualTo("A summary.");
        });
    }

    @Test
    void aRowInJapaneseOrKoreanIsRefusedWithItsLanguageAndTheOthersAreRead() {
        List<ParsedRow> rows = read(COLUMNS + ",language\r\n"
                + row("2031-05-03-ja", "翻訳された題") + ",ja\r\n"
                + row("2031-05-04-en", "Still English") + ",en\r\n"
                + row("2031-05-05-ko", "번역된 제목") + ",ko\r\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).input()).isNull();
        assertThat(rows.get(0).problems()).containsExactly(
                new RowProblem("language", "import.row.translatedText", List.of("ja")));
        assertThat(rows.get(1).problems()).isEmpty();
        assertThat(rows.get(1).title()).isEqualTo("Still English");
        assertThat(rows.get(2).problems()).extracting(RowProblem::args).containsExactly(List.of("ko"));
    }

    private static List<ParsedRow> read(String file) {
        return TrackerCsvReader.read(("\uFEFF" + file).getBytes(StandardCharsets.UTF_8), Map.of(), "Imported");
    }

    /** A row of the columns before {@code language}, without its line end. */
    private static String row(String slug, String title) {
        return slug + ",," + ",2031-05-01,,DAY,EXACT,MEETING,%s,A summary.,,JP,,,https://example.org/%s,,,NEWS,,1"
                .formatted(title, slug);
    }
}
