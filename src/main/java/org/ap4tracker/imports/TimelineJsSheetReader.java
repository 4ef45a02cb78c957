package org.ap4tracker.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.EventInput;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceInput;
import org.ap4tracker.events.SourceKind;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * Reads the CSV a TimelineJS Google Sheets template downloads as. Its columns (Knight Lab's template):
 * Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media,
 * Media Credit, Media Caption, Media Thumbnail, Type, Group, Background. Names are matched as TimelineJS
 * matches them, without case or spaces.
 * <p>
 * Dates become honest dates: the precision is what the sheet fills in (Year only: a year; Year and Month: a
 * month; all three: a day); an end makes a range. The Display Date has a place when it names a qualifier
 * ("mid-April 2023", "c. 1990", "before 2017"); other wordings are reported and left out, since the
 * tracker writes dates itself. Headline and Text may hold HTML; they become plain text. Media with an
 * http(s) address becomes a source, credited to its Media Credit. Group names a storyline, by title or
 * slug. Rows of Type "title" or "era" are the sheet's title slide and eras, not events, and are skipped.
 */
final class TimelineJsSheetReader {

    private static final int SUMMARY_LIMIT = 600;

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>");

    private static final Pattern THOUSANDS = Pattern.compile("[\\s,]+");

    private static final Pattern LINE_END = Pattern.compile("\\r\\n?");

    /** Script and style elements, whose content is code, not words for readers. */
    private static final Pattern CODE = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");

    private TimelineJsSheetReader() {
    }

    /** {@code storylines} maps storyline titles and slugs to slugs. */
    static List<ParsedRow> read(byte[] content, Map<String, String> storylines, EventType defaultType,
            String changeNote) {
        ImportText.Records file = ImportText.csv(content);
        Map<String, Integer> columns = file.columns();
        if (!columns.containsKey("year") || !columns.containsKey("headline")) {
            throw new ImportFileException("import.file.missingColumns", "Year, Headline");
        }
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < file.records().size(); i++) {
            CSVRecord record = file.records().get(i);
            Function<String, String> cell = name -> {
                Integer index = columns.get(name);
                return index == null || index >= record.size() ? "" : record.get(index).strip();
            };
            ParsedRow row = row(i + 2, cell, storylines, defaultType, changeNote);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static @Nullable ParsedRow row(int number, Function<String, String> cell, Map<String, String> storylines,
            EventType defaultType, String changeNote) {
        String type = cell.apply("type").toLowerCase(Locale.ROOT);
        if (type.equals("title") || type.equals("era")) {
            return ParsedRow.skipped(number, RowProblem.of("type", "import.row.notAnEvent", cell.apply("type")));
        }
        if (cell.apply("year").isEmpty() && cell.apply("headline").isEmpty() && cell.apply("text").isEmpty()) {
            return null;
        }
        List<RowProblem> problems = new ArrayList<>();
        List<RowProblem> notes = new ArrayList<>();
        Period start = period(cell.apply("year"), cell.apply("month"), cell.apply("day"), "year", problems);
        Period end = cell.apply("endyear").isEmpty() ? null
                : period(cell.apply("endyear"), cell.apply("endmonth"), cell.apply("endday"), "end year", problems);
        if (!cell.apply("time").isEmpty() || !cell.apply("endtime").isEmpty()) {
            notes.add(RowProblem.of("time", "import.row.timeDropped"));
        }
        DateQualifier qualifier = qualifier(cell.apply("displaydate"), notes);
        String storyline = null;
        String group = plain(cell.apply("group"));
        if (!group.isEmpty()) {
            storyline = storylines.get(group);
            if (storyline == null) {
                problems.add(RowProblem.of("group", "import.row.unknownStoryline", group));
            }
        }
        String title = plain(cell.apply("headline"));
        String text = plain(cell.apply("text"));
        String summary = text;
        String body = null;
        if (text.length() > SUMMARY_LIMIT) {
            summary = shortened(text);
            body = text;
            notes.add(RowProblem.of("text", "import.row.textShortened"));
        }
        List<SourceInput> sources = new ArrayList<>();
        String media = cell.apply("media");
        if (media.matches("(?i)^https?://\\S+$")) {
            String credit = ImportText.blankToNull(plain(cell.apply("mediacredit")));
            String caption = ImportText.blankToNull(plain(cell.apply("mediacaption")));
            sources.add(new SourceInput(media, caption != null ? caption : credit != null ? credit : title, credit,
                    null, null, null, SourceKind.NEWS));
        }
        else if (!media.isEmpty()) {
            notes.add(RowProblem.of("media", "import.row.mediaDropped"));
        }
        if (start == null || !problems.isEmpty()) {
            return ParsedRow.refused(number, problems, notes);
        }
        LocalDate endDate = end == null ? null : end.lastDay();
        if (end != null && end.precision() != start.precision()) {
            notes.add(RowProblem.of("end year", "import.row.endPrecision"));
        }
        return ParsedRow.of(number, new EventInput(null, title, summary, body, start.firstDay(), endDate,
                start.precision(), qualifier, defaultType, List.of(), List.of(), storyline, null, sources, List.of(),
                List.of(), changeNote), notes);
    }

    /** A period given as year, month and day cells; the precision is the finest one filled in. */
    record Period(LocalDate firstDay, LocalDate lastDay, DatePrecision precision) {
    }

    private static @Nullable Period period(String yearCell, String monthCell, String dayCell, String column,
            List<RowProblem> problems) {
        String year = number(yearCell);
        String month = number(monthCell);
        String day = number(dayCell);
        try {
            int y = Integer.parseInt(year);
            if (month.isEmpty()) {
                if (!day.isEmpty()) {
                    problems.add(RowProblem.of(column, "import.row.dayWithoutMonth"));
                    return null;
                }
                return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
            }
            YearMonth yearMonth = YearMonth.of(y, Integer.parseInt(month));
            if (day.isEmpty()) {
                return new Period(yearMonth.atDay(1), yearMonth.atEndOfMonth(), DatePrecision.MONTH);
            }
            LocalDate date = yearMonth.atDay(Integer.parseInt(day));
            return new Period(date, date, DatePrecision.DAY);
        }
        catch (NumberFormatException | DateTimeException ex) {
            String shown = String.join("-", List.of(year, month, day).stream().filter(s -> !s.isEmpty()).toList());
            problems.add(RowProblem.of(column, "import.row.badDate", shown.isEmpty() ? "—" : shown));
            return null;
        }
    }

    /**
     * A number cell as TimelineJS reads it: spaces and commas dropped, since a sheet formatted as numbers
     * shows and exports the year 2023 as "2,023".
     */
    private static String number(String cell) {
        return THOUSANDS.matcher(cell).replaceAll("");
    }

    /** The qualifier a Display Date's wording names, in English as the template is written; EXACT otherwise. */
    private static DateQualifier qualifier(String displayDate, List<RowProblem> notes) {
        String text = plain(displayDate).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return DateQualifier.EXACT;
        }
        DateQualifier qualifier = text.startsWith("early ") ? DateQualifier.EARLY
                : text.startsWith("mid-") || text.startsWith("mid ") ? DateQualifier.MID
                : text.startsWith("late ") ? DateQualifier.LATE
                : text.matches("^(c\\.|ca\\.|circa|about|around) ?.*") ? DateQualifier.CIRCA
                : text.startsWith("before ") ? DateQualifier.BEFORE
                : text.startsWith("after ") ? DateQualifier.AFTER
                : null;
        if (qualifier == null) {
            notes.add(RowProblem.of("display date", "import.row.displayDateDropped", plain(displayDate)));
            return DateQualifier.EXACT;
        }
        notes.add(RowProblem.of("display date", "import.row.displayDateKept", plain(displayDate)));
        return qualifier;
    }

    /** HTML as TimelineJS takes it, as plain text: breaks and paragraphs become line breaks, tags go. */
    static String plain(String html) {
        // Line breaks typed into a cell come as CR LF from some spreadsheets: the tracker keeps LF.
        String text = CODE.matcher(LINE_END.matcher(html).replaceAll("\n")).replaceAll("");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return HtmlUtils.htmlUnescape(text).replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").strip();
    }

    /** The text cut at a word before the summary's limit, marked as cut. */
    private static String shortened(String text) {
        String cut = text.substring(0, SUMMARY_LIMIT - 1);
        int space = cut.lastIndexOf(' ');
        return (space > SUMMARY_LIMIT / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }
}
