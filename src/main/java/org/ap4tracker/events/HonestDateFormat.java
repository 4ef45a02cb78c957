package org.ap4tracker.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link HonestDate} the way a careful editor would: "mid-April 2023", "11–12 July 2023",
 * "c. 2009", "after 2017". Wording and date patterns come from the message bundle.
 */
@Component
public class HonestDateFormat {

    private final MessageSource messages;

    public HonestDateFormat(MessageSource messages) {
        this.messages = messages;
    }

    public String format(HonestDate date, Locale locale) {
        String period = date.isRange() ? range(date, locale) : single(date.start(), date.precision(), locale);
        return message("date.qualifier." + date.qualifier().name(), locale, period);
    }

    private String single(LocalDate day, DatePrecision precision, Locale locale) {
        return pattern("date.pattern." + precision.name().toLowerCase(Locale.ROOT), locale).format(day);
    }

    private String range(HonestDate date, Locale locale) {
        LocalDate start = date.start();
        LocalDate end = date.end();
        DatePrecision precision = date.precision();
        String last = single(end, precision, locale);
        boolean sameYear = start.getYear() == end.getYear();
        return switch (precision) {
            case DAY -> sameYear && start.getMonth() == end.getMonth()
                    ? message("date.range.close", locale, pattern("date.pattern.dayOfMonth", locale).format(start), last)
                    : sameYear
                            ? message("date.range.wide", locale, pattern("date.pattern.dayAndMonth", locale).format(start), last)
                            : message("date.range.wide", locale, single(start, precision, locale), last);
            case MONTH -> sameYear
                    ? message("date.range.close", locale, pattern("date.pattern.monthName", locale).format(start), last)
                    : message("date.range.wide", locale, single(start, precision, locale), last);
            case YEAR -> message("date.range.close", locale, single(start, precision, locale), last);
        };
    }

    private DateTimeFormatter pattern(String code, Locale locale) {
        return DateTimeFormatter.ofPattern(message(code, locale), locale);
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
