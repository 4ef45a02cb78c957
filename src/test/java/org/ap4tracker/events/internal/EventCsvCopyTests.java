package org.ap4tracker.events.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.catalina.connector.ClientAbortException;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.Edtf;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.system.DisconnectedClients;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CSV export's statement writes each cell as the export written in Java with Apache Commons CSV did, so files
 * and the import's round trip stay byte for byte the same: cells, honest dates, EDTF and instants.
 */
@TrackerIntegrationTest
class EventCsvCopyTests {

    /** What the export wrote before its statement did: OWASP neutralising, then Commons CSV's minimal quoting. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HonestDateFormat dates;

    @Autowired
    EventCsvCopy copy;

    @Test
    void cellsAreNeutralisedAndQuotedAsCommonsCsvDid() throws Exception {
        List<String> hostile = List.of("plain", "=1+1", "+SUM(1,2)", "-2+3*cmd|' /C calc'!A0", "@SUM(A1:A9)",
                "\t=1+1", "\r=1+1", "a,b", "say \"hi\"", "\"quoted\"", "two\nlines", "cr\rinside", " leading space",
                "trailing space ", "trailing tab\t", "!bang", "#hash", "$dollar", "'apostrophe", "NATO\u2013Japan",
                "\u00c9lys\u00e9e", "back\\slash", "\\N", "\\.", "-", "=", "'", "\"", ",", "a\u0001b", "\u0001start",
                "end\u0001", "\t", "\ttab then, comma", "https://example.org/two?a=1&b=2", "\uD83D\uDE00 emoji");
        for (String value : hostile) {
            String sql = jdbc.sql("select " + EventCsvCopy.cell("cast(:value as text)")).param("value", value)
                    .query(String.class).single();
            assertThat(sql).as("cell of %s", value.replace("\n", "\\n").replace("\r", "\\r"))
                    .isEqualTo(commonsCell(value));
        }
        assertThat(jdbc.sql("select " + EventCsvCopy.cell("cast(null as text)")).query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("select " + EventCsvCopy.cell("''")).query(String.class).single()).isEmpty();
    }

    @Test
    void honestDatesAreWrittenAsTheEnglishFeedsWriteThem() {
        List<HonestDate> samples = new ArrayList<>();
        LocalDate[] days = {LocalDate.of(2023, 7, 11), LocalDate.of(1999, 1, 1), LocalDate.of(2024, 2, 1),
                LocalDate.of(2023, 12, 1), LocalDate.of(812, 3, 1)};
        for (LocalDate day : days) {
            samples.add(HonestDate.day(day));
            samples.add(new HonestDate(day, day, DatePrecision.DAY, DateQualifier.EXACT));
            samples.add(HonestDate.days(day, day.plusDays(1)));
            samples.add(HonestDate.days(day, day.plusDays(40)));
            samples.add(HonestDate.days(day, day.plusYears(1)));
            samples.add(new HonestDate(day, day.plusDays(3), DatePrecision.DAY, DateQualifier.CIRCA));
            LocalDate month = day.withDayOfMonth(1);
            LocalDate year = day.withDayOfYear(1);
            for (DateQualifier qualifier : DateQualifier.values()) {
                if (qualifier != DateQualifier.EXACT && qualifier != DateQualifier.CIRCA
                        && qualifier != DateQualifier.BEFORE && qualifier != DateQualifier.AFTER) {
                    samples.add(new HonestDate(month, null, DatePrecision.MONTH, qualifier));
                    samples.add(new HonestDate(year, null, DatePrecision.YEAR, qualifier));
                    continue;
                }
                samples.add(new HonestDate(month, null, DatePrecision.MONTH, qualifier));
                samples.add(new HonestDate(year, null, DatePrecision.YEAR, qualifier));
                if (qualifier == DateQualifier.BEFORE || qualifier == DateQualifier.AFTER) {
                    samples.add(new HonestDate(day, null, DatePrecision.DAY, qualifier));
                }
                else {
                    samples.add(new HonestDate(month, month.plusMonths(2), DatePrecision.MONTH, qualifier));
                    samples.add(new HonestDate(month, month.plusMonths(14), DatePrecision.MONTH, qualifier));
                    samples.add(new HonestDate(year, year.plusYears(3), DatePrecision.YEAR, qualifier));
                }
            }
        }
        for (HonestDate date : samples) {
            List<String> written = jdbc.sql("select " + EventCsvCopy.DATE_TEXT + ", " + EventCsvCopy.EDTF + " " + """
                     from (select cast(:start as date) as start_date, cast(:end as date) as end_date,
                                  cast(:precision as text) as date_precision, cast(:qualifier as text) as date_qualifier) e""")
                    .param("start", date.start()).param("end", date.end()).param("precision", date.precision().name())
                    .param("qualifier", date.qualifier().name())
                    .query((rs, row) -> List.of(rs.getString(1), rs.getString(2))).single();
            assertThat(written).as("%s", date).containsExactly(dates.format(date, Locale.ENGLISH), Edtf.of(date));
        }
    }

    @Test
    void instantsAreWrittenAsJavaWritesThem() {
        Instant[] samples = {Instant.parse("2023-07-11T10:15:00Z"), Instant.parse("2023-07-11T10:15:30.120Z"),
                Instant.parse("2023-07-11T10:15:30.123456Z"), Instant.parse("2023-07-11T10:15:30.000001Z"),
                Instant.parse("1999-01-01T00:00:00.500Z")};
        for (Instant instant : samples) {
            String cell = jdbc.sql("select " + EventCsvCopy.UPDATED + " from (select "
                    + "to_char(cast(:at as timestamptz) at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') as updated_seconds, "
                    + "to_char(cast(:at as timestamptz) at time zone 'UTC', 'US') as updated_micros) v")
                    .param("at", OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(9)))
                    .query(String.class).single();
            assertThat(cell).isEqualTo(instant.toString());
        }
    }

    @Test
    void copysTextEscapesAreUndoneEvenWhenSplitAcrossWrites() throws Exception {
        byte[] copied = "a\\\\b\\nc\\rd\\te\\,f\r\\r\n".getBytes(StandardCharsets.UTF_8);
        for (int split = 0; split <= copied.length; split++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CopyTextDecoder decoder = new CopyTextDecoder(out);
            decoder.write(copied, 0, split);
            decoder.write(copied, split, copied.length - split);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a\\b\nc\rd\te,f\r\r\n");
        }
    }

    @Test
    void filterValuesAreWrittenAsLiteralsNotSql() {
        String inlined = EventCsvCopy.inline("select :text, :texts, 'HH24:MI:SS', x::date",
                java.util.Map.of("text", "o'brien \\ ');drop table event;--", "texts", List.of("a", "b'")));
        assertThat(jdbc.sql(inlined.replace("x::date", "null::date")).query((rs, row) -> rs.getString(1)).single())
                .isEqualTo("o'brien \\ ');drop table event;--");
        assertThat(inlined).contains("'HH24:MI:SS'").endsWith("x::date");
    }

    @Test
    void aClientGoneMidwayEndsTheCopyAsADisconnectAndLeavesThePoolUsable() throws Exception {
        OutputStream hangsUp = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > 1000) {
                    throw new ClientAbortException("Broken pipe");
                }
            }
        };

        assertThatThrownBy(() -> copy.write(TimelineFilter.everything(), "http://localhost", hangsUp))
                .isInstanceOf(ClientAbortException.class)
                .satisfies(thrown -> assertThat(DisconnectedClients.loggedIfDisconnected(thrown)).isTrue());

        long published = jdbc.sql("select count(*) from event where status = 'PUBLISHED'").query(Long.class).single();
        for (int i = 0; i < 12; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            copy.write(TimelineFilter.everything(), "http://localhost", out);
            assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n", -1)).hasSize((int) published + 1);
        }
    }

    private static String commonsCell(String value) throws Exception {
        String neutralised = value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        StringWriter out = new StringWriter();
        // A first cell is quoted when empty: the export's first cell, the slug, never is, so test a second one.
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("x", neutralised);
        }
        String line = out.toString();
        return line.substring(2, line.length() - 2);
    }
}
