package org.ap4tracker.admin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.events.HonestDateFormat;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What readers will see for the date being typed, formatted by the same {@link HonestDateFormat} as the
 * public pages, and which days it can mean, read from the date's EDTF interval (so "mid-April 2023" says
 * 11 to 20 April, exactly as the API and the exports interpret it).
 */
@Component
class DatePreview {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final HonestDateFormat format;
    private final MessageSource messages;

    DatePreview(HonestDateFormat format, MessageSource messages) {
        this.format = format;
        this.messages = messages;
    }

    /** Either what readers will see and the days it means, or why it cannot be shown yet. */
    record Result(@Nullable String shown, @Nullable String days, @Nullable String problem) {
    }

    Result of(@Nullable LocalDate start, @Nullable LocalDate end, @Nullable DatePrecision precision,
            @Nullable DateQualifier qualifier) {
        if (start == null || precision == null || qualifier == null) {
            return new Result(null, null, message("admin.datePreview.incomplete"));
        }
        HonestDate date;
        try {
            date = new HonestDate(firstOfPeriod(start, precision), end, precision, qualifier);
        }
        catch (IllegalArgumentException impossible) {
            return new Result(null, null, message("admin.datePreview.impossible"));
        }
        return new Result(format.format(date, Locale.ENGLISH), days(date.edtf()), null);
    }

    /** As the editor stores it: a month or a year is kept as its first day, whichever day was typed. */
    static LocalDate firstOfPeriod(LocalDate start, DatePrecision precision) {
        return switch (precision) {
            case DAY -> start;
            case MONTH -> start.withDayOfMonth(1);
            case YEAR -> start.withDayOfYear(1);
        };
    }

    private String days(String edtf) {
        boolean approximate = edtf.contains("~");
        String[] ends = edtf.replace("~", "").split("/", -1);
        String from = ends[0];
        String to = ends.length > 1 ? ends[1] : ends[0];
        String text;
        if (from.equals("..")) {
            text = message("admin.datePreview.upTo", DAY.format(last(to)));
        }
        else if (to.equals("..")) {
            text = message("admin.datePreview.from", DAY.format(first(from)));
        }
        else if (first(from).equals(last(to))) {
            text = message("admin.datePreview.oneDay", DAY.format(first(from)));
        }
        else {
            text = message("admin.datePreview.between", DAY.format(first(from)), DAY.format(last(to)));
        }
        return approximate ? message("admin.datePreview.about", text) : text;
    }

    private static LocalDate first(String edtfDay) {
        return switch (edtfDay.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(edtfDay), 1, 1);
            case 7 -> YearMonth.parse(edtfDay).atDay(1);
            default -> LocalDate.parse(edtfDay);
        };
    }

    private static LocalDate last(String edtfDay) {
        return switch (edtfDay.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(edtfDay), 12, 31);
            case 7 -> YearMonth.parse(edtfDay).atEndOfMonth();
            default -> LocalDate.parse(edtfDay);
        };
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, Locale.ENGLISH);
    }
}
