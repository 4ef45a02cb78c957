package org.ap4tracker.admin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
 * 11 to 20 April, exactly as the API and the exports interpret it). Both are in the desk's language: a Japanese
 * desk sees 2023年4月中旬 and the days as 2023年4月11日, as Japanese readers will.
 */
@Component
class DatePreview {

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
            @Nullable DateQualifier qualifier, Locale locale) {
        if (start == null || precision == null || qualifier == null) {
            return new Result(null, null, message(locale, "admin.datePreview.incomplete"));
        }
        HonestDate date;
        try {
            date = new HonestDate(firstOfPeriod(start, precision), end, precision, qualifier);
        }
        catch (IllegalArgumentException impossible) {
            return new Result(null, null, message(locale, "admin.datePreview.impossible"));
        }
        return new Result(format.format(date, locale), days(date.edtf(), locale), null);
    }

    /** As the editor stores it: a month or a year is kept as its first day, whichever day was typed. */
    static LocalDate firstOfPeriod(LocalDate start, DatePrecision precision) {
        return switch (precision) {
            case DAY -> start;
            case MONTH -> start.withDayOfMonth(1);
            case YEAR -> start.withDayOfYear(1);
        };
    }

    private String days(String edtf, Locale locale) {
        // The site's English is British (11 April 2023), as its public dates are; other languages as CLDR writes them.
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.UK : locale);
        boolean approximate = edtf.contains("~");
        String[] ends = edtf.replace("~", "").split("/", -1);
        String from = ends[0];
        String to = ends.length > 1 ? ends[1] : ends[0];
        String text;
        if (from.equals("..")) {
            text = message(locale, "admin.datePreview.upTo", day.format(last(to)));
        }
        else if (to.equals("..")) {
            text = message(locale, "admin.datePreview.from", day.format(first(from)));
        }
        else if (first(from).equals(last(to))) {
            text = message(locale, "admin.datePreview.oneDay", day.format(first(from)));
        }
        else {
            text = message(locale, "admin.datePreview.between", day.format(first(from)), day.format(last(to)));
        }
        return approximate ? message(locale, "admin.datePreview.about", text) : text;
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

    private String message(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
