package org.ap4tracker.language;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Puts a language's prefix into a link or redirect to one of this site's pages: {@code /events/x?y} becomes
 * {@code /ja/events/x?y}, and so does the same address written absolutely on the site's public address (what
 * {@code PublicUrls} says, asked only when an absolute address comes by, such as the page Spring Security saved
 * before sign-in). A link to something that is not a page but answers in a language (feeds, calendar, CSV,
 * citations, the JSON API) keeps its address and asks for the language instead, {@code /calendar.ics?lang=ja}: a
 * Japanese reader who subscribes from a Japanese page gets the Japanese calendar, though a calendar program sends
 * no cookie. Links to assets, to other sites, already prefixed or with their own {@code lang}, or relative are
 * left as they are.
 */
final class LanguagePrefixes {

    private final String contextPath;
    private final Supplier<String> siteRoot;
    private final ReaderLanguage language;

    LanguagePrefixes(HttpServletRequest request, Supplier<String> siteRoot, ReaderLanguage language) {
        this.contextPath = request.getContextPath();
        this.siteRoot = siteRoot;
        this.language = language;
    }

    String apply(String url) {
        if (url.startsWith("/") && !url.startsWith("//")) {
            return url.startsWith(contextPath + "/") ? contextPath + prefixed(url.substring(contextPath.length())) : url;
        }
        if (url.startsWith("http://") || url.startsWith("https://")) {
            String root = siteRoot.get();
            return url.startsWith(root + "/") ? root + prefixed(url.substring(root.length())) : url;
        }
        return url;
    }

    /** @param rest an address within the site, starting with a slash */
    private String prefixed(String rest) {
        int end = rest.length();
        for (char delimiter : new char[] {'?', '#'}) {
            int at = rest.indexOf(delimiter);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String path = rest.substring(0, end);
        if (ReaderLanguage.prefixing(path).isPresent()) {
            return rest;
        }
        if (ReaderAddresses.isPage(path)) {
            return language.prefix() + rest;
        }
        return ReaderAddresses.answersInLanguage(path) ? askingForLanguage(rest) : rest;
    }

    private String askingForLanguage(String rest) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(rest);
        if (link.build(true).getQueryParams().containsKey("lang")) {
            return rest;
        }
        return link.queryParam("lang", language.tag()).build(true).toUriString();
    }
}
