package org.ap4tracker.timeline;

import java.time.LocalDate;

import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.HonestDate;

/**
 * The days an honest date can mean, and how a scaled timeline draws them: a day is a point, several days a
 * bar, a month, a year or part of one ("mid-April") a band over the days it can mean, "c. 2009" a faded band
 * reaching half the period beyond it on each side, "after 2017" an arrow open to the right from the first
 * day it can mean, "before 2017" one open to the left from the last. The parts of a period follow the sort
 * date's rule: a month's early, middle and late thirds start on the 1st, 11th and 21st, a year's on
 * 1 January, 1 May and 1 September.
 */
record DateExtent(Kind kind, LocalDate first, LocalDate last) {

    enum Kind {
        POINT, BAR, BAND, FADED, AFTER, BEFORE
    }

    static DateExtent of(HonestDate date) {
        LocalDate start = date.start();
        LocalDate end = lastDayOf(date.end() == null ? start : date.end(), date.precision());
        return switch (date.qualifier()) {
            case EXACT -> date.precision() != DatePrecision.DAY ? new DateExtent(Kind.BAND, start, end)
                    : end.equals(start) ? new DateExtent(Kind.POINT, start, start) : new DateExtent(Kind.BAR, start, end);
            case EARLY -> part(date, 0);
            case MID -> part(date, 1);
            case LATE -> part(date, 2);
            case CIRCA -> {
                long margin = Math.max(15, (end.toEpochDay() - start.toEpochDay() + 1) / 2);
                yield new DateExtent(Kind.FADED, start.minusDays(margin), end.plusDays(margin));
            }
            case AFTER -> new DateExtent(Kind.AFTER, end.plusDays(1), end.plusDays(1));
            case BEFORE -> new DateExtent(Kind.BEFORE, start.minusDays(1), start.minusDays(1));
        };
    }

    /** The middle day, where a band's or a bar's marker sits. */
    LocalDate middle() {
        return first.plusDays((last.toEpochDay() - first.toEpochDay()) / 2);
    }

    private static DateExtent part(HonestDate date, int third) {
        LocalDate start = date.start();
        if (date.precision() == DatePrecision.MONTH) {
            LocalDate first = start.plusDays(10L * third);
            LocalDate last = third == 2 ? lastDayOf(start, DatePrecision.MONTH) : first.plusDays(9);
            return new DateExtent(Kind.BAND, first, last);
        }
        LocalDate first = start.plusMonths(4L * third);
        return new DateExtent(Kind.BAND, first, first.plusMonths(4).minusDays(1));
    }

    private static LocalDate lastDayOf(LocalDate periodStart, DatePrecision precision) {
        return switch (precision) {
            case DAY -> periodStart;
            case MONTH -> periodStart.plusMonths(1).minusDays(1);
            case YEAR -> periodStart.plusYears(1).minusDays(1);
        };
    }
}
