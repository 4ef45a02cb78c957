package org.ap4tracker.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The language of an address that is not a page: the JSON API, feeds, calendar, CSV, TimelineJS, citations.
 * A {@code lang} parameter names it ({@code ?lang=ja}); the API also honours {@code Accept-Language} and so
 * says {@code Vary: Accept-Language}. Without either, English, so a shared cache keeps one copy of a feed.
 * The answer says which language it is in with {@code Content-Language}, so that a client asking for a language
 * the tracker does not speak learns it got English.
 */
final class ContentNegotiation {

    static final String PARAMETER = "lang";

    private static final List<Locale> SUPPORTED = Arrays.stream(ReaderLanguage.values()).map(ReaderLanguage::locale)
            .toList();

    private ContentNegotiation() {
    }

    static ReaderLanguage language(HttpServletRequest request, HttpServletResponse response, String path) {
        boolean api = path.startsWith("/api/");
        String asked = request.getParameter(PARAMETER);
        Optional<ReaderLanguage> chosen = asked == null ? Optional.empty()
                : ReaderLanguage.of(Locale.forLanguageTag(asked));
        if (chosen.isEmpty() && api) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            chosen = accepted(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        ReaderLanguage language = chosen.orElse(ReaderLanguage.ENGLISH);
        if (api || asked != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        }
        return language;
    }

    /** The supported language the header ranks first, by RFC 4647 lookup; none for a missing or broken header. */
    private static Optional<ReaderLanguage> accepted(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED))
                    .flatMap(ReaderLanguage::of);
        }
        catch (IllegalArgumentException broken) {
            return Optional.empty();
        }
    }
}
