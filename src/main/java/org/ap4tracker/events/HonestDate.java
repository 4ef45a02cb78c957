package org.ap4tracker.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * An event's date as precisely as it is known: "mid-April 2023" is a month-precision date qualified MID,
 * not a made-up day. {@code start} is the first day of the period it names; {@code end}, for multi-day
 * events, the last day.
 */
@Embeddable
public record HonestDate(
        @Column(name = "start_date", nullable = false) LocalDate start,
        @Column(name = "end_date") @Nullable LocalDate end,
        @Enumerated(EnumType.STRING) @Column(name = "date_precision", nullable = false) DatePrecision precision,
        @Enumerated(EnumType.STRING) @Column(name = "date_qualifier", nullable = false) DateQualifier qualifier) {

    public HonestDate {
        if (precision == DatePrecision.MONTH && start.getDayOfMonth() != 1
                || precision == DatePrecision.YEAR && start.getDayOfYear() != 1) {
            throw new IllegalArgumentException("A %s-precision date starts on the first day of its period: %s"
                    .formatted(precision, start));
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("End %s is before start %s".formatted(end, start));
        }
        if (end != null && !qualifier.allowsRange()) {
            throw new IllegalArgumentException("A date range cannot be qualified " + qualifier);
        }
        if (precision == DatePrecision.DAY && qualifier.namesPartOfPeriod()) {
            throw new IllegalArgumentException("A day cannot be qualified " + qualifier);
        }
    }

    public static HonestDate day(LocalDate day) {
        return new HonestDate(day, null, DatePrecision.DAY, DateQualifier.EXACT);
    }

    public static HonestDate days(LocalDate first, LocalDate last) {
        return new HonestDate(first, last, DatePrecision.DAY, DateQualifier.EXACT);
    }

    public static HonestDate month(int year, int month, DateQualifier qualifier) {
        return new HonestDate(LocalDate.of(year, month, 1), null, DatePrecision.MONTH, qualifier);
    }

    public static HonestDate year(int year, DateQualifier qualifier) {
        return new HonestDate(LocalDate.of(year, 1, 1), null, DatePrecision.YEAR, qualifier);
    }

    public boolean isRange() {
        return end != null && !end.equals(start);
    }

    /** The start as an ISO 8601 date of the known precision ("2023", "2023-04", "2023-04-11"), for {@code <time>}. */
    public String isoStart() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> start.format(DateTimeFormatter.ofPattern("uuuu-MM"));
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** The date in the Extended Date/Time Format (ISO 8601-2), e.g. {@code 2023-04-11/2023-04-20} for mid-April. */
    public String edtf() {
        return Edtf.of(this);
    }
}
