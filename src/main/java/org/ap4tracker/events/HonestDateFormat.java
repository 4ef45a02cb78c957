package org.ap4tracker.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link HonestDate} the way a careful editor would: "mid-April 2023", "11–12 July 2023",
 * "c. 2009", "after 2017"; in Japanese 2023年4月中旬, 2023年7月11日–12日; in Korean 2023년 4월 중순,
 * 2023년 7월 11–12일. Wording and date patterns come from the message bundle, so each language decides its
 * own order: a range shortens whichever end its language leaves implicit (English drops the month and year
 * from the start, Japanese and Korean from the end), through a start and an end pattern for each kind of range.
 * A qualifier may read differently for a year than for a month (中旬 is only said of a month), so a
 * {@code date.qualifier.<QUALIFIER>.year} wording is used for years where the bundle has one.
 */
@Component
public class HonestDateFormat {

    /** Far more than the distinct dates of the whole tracker, which are at most one per event. */
    private static final long KEPT_LABELS = 100_000;

    private final MessageSource messages;

    /**
     * Labels already written, per date and locale. Writing one looks up two to four messages and parses their
     * date patterns; a page of the API or a feed writes fifty, and the same dates recur on every page. The
     * message bundles do not change while the app runs (no spring.messages.cache-duration), so a label never
     * goes stale.
     */
    private final Cache<Written, String> written = Caffeine.newBuilder().maximumSize(KEPT_LABELS).build();

    public HonestDateFormat(MessageSource messages) {
        this.messages = messages;
    }

    public String format(HonestDate date, Locale locale) {
        return written.get(new Written(date, locale), key -> write(key.date(), key.locale()));
    }

    private String write(HonestDate date, Locale locale) {
        String period = date.isRange() ? range(date, locale) : single(date.start(), date.precision(), locale);
        String qualifier = "date.qualifier." + date.qualifier().name();
        String forPrecision = messages.getMessage(qualifier + "." + lowerCase(date.precision()), new Object[] {period},
                null, locale);
        return forPrecision != null ? forPrecision : message(qualifier, locale, period);
    }

    private String single(LocalDate day, DatePrecision precision, Locale locale) {
        return pattern("date.pattern." + lowerCase(precision), locale).format(day);
    }

    private String range(HonestDate date, Locale locale) {
        LocalDate start = date.start();
        LocalDate end = date.end();
        DatePrecision precision = date.precision();
        boolean sameYear = start.getYear() == end.getYear();
        return switch (precision) {
            case DAY -> sameYear && start.getMonth() == end.getMonth()
                    ? shortened("date.range.close", "date.pattern.range.daysOfMonth", start, end, locale)
                    : sameYear
                            ? shortened("date.range.wide", "date.pattern.range.daysOfYear", start, end, locale)
                            : message("date.range.wide", locale, single(start, precision, locale),
                                    single(end, precision, locale));
            case MONTH -> sameYear
                    ? shortened("date.range.close", "date.pattern.range.monthsOfYear", start, end, locale)
                    : message("date.range.wide", locale, single(start, precision, locale), single(end, precision, locale));
            case YEAR -> message("date.range.close", locale, single(start, precision, locale),
                    single(end, precision, locale));
        };
    }

    private String shortened(String joiner, String patterns, LocalDate start, LocalDate end, Locale locale) {
        return message(joiner, locale, pattern(patterns + ".start", locale).format(start),
                pattern(patterns + ".end", locale).format(end));
    }

    private DateTimeFormatter pattern(String code, Locale locale) {
        return DateTimeFormatter.ofPattern(message(code, locale), locale);
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    private static String lowerCase(DatePrecision precision) {
        return precision.name().toLowerCase(Locale.ROOT);
    }

    private record Written(HonestDate date, Locale locale) {
    }
}
