package org.ap4tracker.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Times of changes as editors read them, in the desk's language (2026年11月30日 14:05, 2026년 11월 30일 오후 2:05,
 * 30 November 2026, 14:05) and in the application's zone, named, so editors in Tokyo and Brussels read the same
 * moment. The forms are the JDK's localized ones (CLDR), not patterns in the message files: the long date and
 * short time of each locale are what readers of that language expect, and a new language needs no pattern.
 * Templates call it as {@code ${@deskTimes.format(instant, #locale)}}. It lives here, not in the desk's module,
 * because the account pages (module accounts) show times the same way.
 */
@Component("deskTimes")
public class DeskTimes {

    private final ZoneId zone;

    public DeskTimes(Clock clock) {
        this.zone = clock.getZone();
    }

    /** To the minute: histories, "last changed", dashboards. */
    public String format(Instant instant, Locale locale) {
        return format(instant, locale, FormatStyle.SHORT);
    }

    /** To the second, where the order of close events matters: the audit log and edit conflicts. */
    public String formatToTheSecond(Instant instant, Locale locale) {
        return format(instant, locale, FormatStyle.MEDIUM);
    }

    private String format(Instant instant, Locale locale, FormatStyle time) {
        Locale written = writtenIn(locale);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, time).withLocale(written).withZone(zone)
                .format(instant) + " " + zoneName(written);
    }

    /** The site's English is British (30 November, 14:05), as its public dates are; other languages as they are. */
    private static Locale writtenIn(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.UK : locale;
    }

    /** UTC as UTC (its offset's own name is "Z"), any other zone by its short name in the language. */
    private String zoneName(Locale locale) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getDisplayName(TextStyle.SHORT, locale);
    }
}
