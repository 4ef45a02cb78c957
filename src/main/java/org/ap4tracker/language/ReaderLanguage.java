package org.ap4tracker.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

/**
 * A language the interface is written in. English is the site's own and has no URL prefix (its addresses stay
 * the canonical ones); the others live under their prefix, {@code /ja/…} and {@code /ko/…}.
 */
public enum ReaderLanguage {

    ENGLISH(Locale.ENGLISH, "English", "en_GB"),
    JAPANESE(Locale.JAPANESE, "日本語", "ja_JP"),
    KOREAN(Locale.KOREAN, "한국어", "ko_KR");

    private final Locale locale;
    private final String autonym;
    private final String openGraphLocale;

    ReaderLanguage(Locale locale, String autonym, String openGraphLocale) {
        this.locale = locale;
        this.autonym = autonym;
        this.openGraphLocale = openGraphLocale;
    }

    /**
     * The Open Graph locale ({@code og:locale}), which takes language_TERRITORY, not a BCP 47 tag. The English is
     * British (defence, criticises).
     */
    public String openGraphLocale() {
        return openGraphLocale;
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag, as {@code lang} and {@code hreflang} attributes take it: en, ja, ko. */
    public String tag() {
        return locale.toLanguageTag();
    }

    /** The language's name in itself, as a language switch shows it. */
    public String autonym() {
        return autonym;
    }

    /** The path prefix of the language's pages: empty for English, {@code /ja} and {@code /ko} otherwise. */
    public String prefix() {
        return this == ENGLISH ? "" : "/" + tag();
    }

    /** The language a locale asks for, matched on its language alone (ja-JP is Japanese). */
    public static Optional<ReaderLanguage> of(@Nullable Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(language -> language.locale.getLanguage().equals(locale.getLanguage()))
                .findFirst();
    }

    /**
     * The language the request's address names: Japanese for {@code /ja/…}, Korean for {@code /ko/…}, English for
     * every other address (which may still be shown in another language, by the reader's choice).
     */
    public static ReaderLanguage ofAddress(HttpServletRequest request) {
        return request.getAttribute(LanguagePrefixFilter.ADDRESS_LANGUAGE) instanceof ReaderLanguage language
                ? language : ENGLISH;
    }

    /** The language whose prefix a context-relative path starts with ({@code /ja} or {@code /ja/…}), if any. */
    static Optional<ReaderLanguage> prefixing(String path) {
        return Arrays.stream(values()).filter(language -> language != ENGLISH)
                .filter(language -> path.equals(language.prefix()) || path.startsWith(language.prefix() + "/"))
                .findFirst();
    }
}
