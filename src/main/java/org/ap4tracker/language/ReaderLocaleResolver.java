package org.ap4tracker.language;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language, resolved in this order: the address ({@code /ja/…}, {@code /ko/…}; and English for
 * everything that is not a page, see {@link ReaderAddresses}), then the language the reader chose with the
 * switch (a cookie, written by Spring's {@link CookieLocaleResolver}), then {@code Accept-Language} among the
 * supported languages (Spring's {@link AcceptHeaderLocaleResolver}), then English. Only the three supported
 * languages ever come out, whatever a cookie or header says.
 */
public class ReaderLocaleResolver implements LocaleResolver {

    /** The cookie that remembers the switch, for a year. */
    public static final String COOKIE_NAME = "AP4_LANG";

    private final CookieLocaleResolver chosen = new CookieLocaleResolver(COOKIE_NAME);
    private final AcceptHeaderLocaleResolver accepted = new AcceptHeaderLocaleResolver();

    public ReaderLocaleResolver() {
        chosen.setCookieMaxAge(Duration.ofDays(365));
        chosen.setCookieHttpOnly(true);
        chosen.setCookieSameSite("Lax");
        // A cookie this site did not write (or an old value) is ignored rather than answered with an error.
        chosen.setRejectInvalidCookies(false);
        chosen.setDefaultLocaleFunction(request -> null);
        accepted.setSupportedLocales(Arrays.stream(ReaderLanguage.values()).map(ReaderLanguage::locale).toList());
        accepted.setDefaultLocale(ReaderLanguage.ENGLISH.locale());
    }

    /**
     * The language of this request. Call it anywhere after {@link LanguagePrefixFilter} has run (every filter
     * ordered after it, interceptors, controllers); inside Spring MVC {@code LocaleContextHolder.getLocale()}
     * and a {@code Locale} handler argument give the same answer.
     */
    public ReaderLanguage language(HttpServletRequest request) {
        if (request.getAttribute(LanguagePrefixFilter.ADDRESS_LANGUAGE) instanceof ReaderLanguage fromAddress) {
            return fromAddress;
        }
        return ReaderLanguage.of(chosen.resolveLocale(request))
                .or(() -> ReaderLanguage.of(accepted.resolveLocale(request)))
                .orElse(ReaderLanguage.ENGLISH);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return language(request).locale();
    }

    /** Remembers a supported language (the switch); anything else, or null, forgets the choice. */
    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        if (response == null) {
            return;
        }
        chosen.setLocale(request, response, ReaderLanguage.of(locale).map(ReaderLanguage::locale).orElse(null));
    }
}
