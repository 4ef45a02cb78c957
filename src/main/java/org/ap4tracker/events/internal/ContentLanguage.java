package org.ap4tracker.events.internal;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language the current reader reads content in, as the read queries bind it ({@code :lang}): {@code ja},
 * {@code ko}, or {@code en} (the originals). It is the request's locale, which the language module resolves
 * from the address, the reader's choice or the {@code lang} parameter, and which Spring keeps in
 * {@link LocaleContextHolder} for the request's thread. Taken from there rather than passed down every call,
 * so that every public read (pages, API, feeds, exports) speaks the reader's language without each caller
 * having to remember it; outside a request (jobs, tests) it is English.
 */
public final class ContentLanguage {

    public static final String ORIGINAL = "en";

    /** The languages that translations are written in. */
    public static final Set<String> TRANSLATED = Set.of("ja", "ko");

    private ContentLanguage() {
    }

    public static String current() {
        Locale locale = LocaleContextHolder.getLocaleContext() == null ? null : LocaleContextHolder.getLocale();
        String language = locale == null ? ORIGINAL : locale.getLanguage();
        return TRANSLATED.contains(language) ? language : ORIGINAL;
    }
}
