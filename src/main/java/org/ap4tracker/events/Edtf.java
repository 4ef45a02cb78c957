package org.ap4tracker.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * An honest date in the Extended Date/Time Format (EDTF, ISO 8601-2, levels 0 and 1), for software that reads
 * dates rather than words:
 * <ul>
 * <li>exact: {@code 2023-07-12}, {@code 2023-04}, {@code 2009}; a range {@code 2023-07-11/2023-07-12};
 * <li>"c.": approximate, {@code ~} after the date ({@code 2009~}; a range {@code 2023-07-11~/2023-07-12~});
 * <li>early, mid, late: the interval the timeline means by them: thirds of a month (days 1–10, 11–20, 21 to
 *     the end) or of a year (January–April, May–August, September–December), so "mid-April 2023" is
 *     {@code 2023-04-11/2023-04-20};
 * <li>before, after: an interval open on one side, ending the day, month or year before the period
 *     ({@code ../2016} for "before 2017") or starting after it ({@code 2018/..} for "after 2017").
 * </ul>
 */
public final class Edtf {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    private Edtf() {
    }

    public static String of(HonestDate date) {
        DatePrecision precision = date.precision();
        LocalDate start = date.start();
        LocalDate last = date.end() == null ? start : date.end();
        return switch (date.qualifier()) {
            case EXACT -> date.isRange() ? at(start, precision) + "/" + at(last, precision) : at(start, precision);
            case CIRCA -> date.isRange() ? at(start, precision) + "~/" + at(last, precision) + "~" : at(start, precision) + "~";
            case EARLY -> part(start, precision, 0);
            case MID -> part(start, precision, 1);
            case LATE -> part(start, precision, 2);
            case BEFORE -> "../" + at(step(start, precision, -1), precision);
            case AFTER -> at(step(last, precision, 1), precision) + "/..";
        };
    }

    private static String at(LocalDate day, DatePrecision precision) {
        return switch (precision) {
            case DAY -> day.toString();
            case MONTH -> day.format(MONTH);
            case YEAR -> String.valueOf(day.getYear());
        };
    }

    private static LocalDate step(LocalDate day, DatePrecision precision, int by) {
        return switch (precision) {
            case DAY -> day.plusDays(by);
            case MONTH -> day.withDayOfMonth(1).plusMonths(by);
            case YEAR -> day.withDayOfYear(1).plusYears(by);
        };
    }

    /** The first, second or last third of a month (in days) or a year (in months). */
    private static String part(LocalDate start, DatePrecision precision, int third) {
        if (precision == DatePrecision.MONTH) {
            int lastDay = YearMonth.from(start).lengthOfMonth();
            LocalDate first = start.withDayOfMonth(1 + 10 * third);
            LocalDate end = third == 2 ? start.withDayOfMonth(lastDay) : start.withDayOfMonth(10 + 10 * third);
            return first + "/" + end;
        }
        LocalDate first = start.withDayOfYear(1).plusMonths(4L * third);
        return first.format(MONTH) + "/" + first.plusMonths(3).format(MONTH);
    }
}
