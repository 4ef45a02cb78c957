package org.ap4tracker.timeline;

import java.util.Locale;
import java.util.Set;

/**
 * The address prefix of the language a page is shown in ({@code /ja}, {@code /ko}, none for English), for the
 * absolute addresses this module hands to other sites (the embed code, the share card's image), which
 * {@code LanguageLinksFilter} never sees. Kept here, not taken from the language module, which the public pages
 * do not depend on: they only read the request's {@link Locale}.
 */
final class ReaderPrefix {

    private static final Set<String> PREFIXED = Set.of("ja", "ko");

    private ReaderPrefix() {
    }

    /** {@code /ja} or {@code /ko} for a Japanese or Korean page, empty for English. */
    static String of(Locale locale) {
        return PREFIXED.contains(locale.getLanguage()) ? "/" + locale.getLanguage() : "";
    }

    /** The language share images and other non-pages are asked for with ({@code ?lang=}): en, ja or ko. */
    static String language(Locale locale) {
        return PREFIXED.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }
}
