package org.ap4tracker.language;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts a language's prefix into a link or redirect to one of this site's pages: {@code /events/x?y} becomes
 * {@code /ja/events/x?y}, and so does the same address written absolutely on this request's origin. Links that
 * are not to pages (assets, API, feeds), to other sites, already prefixed, or relative are left as they are.
 */
final class LanguagePrefixes {

    private final String contextPath;
    private final String origin;
    private final ReaderLanguage language;

    LanguagePrefixes(HttpServletRequest request, ReaderLanguage language) {
        this.contextPath = request.getContextPath();
        String url = request.getRequestURL().toString();
        this.origin = url.substring(0, url.length() - request.getRequestURI().length());
        this.language = language;
    }

    String apply(String url) {
        if (url.startsWith("/") && !url.startsWith("//")) {
            return prefixedPath(url);
        }
        if (url.startsWith(origin + "/")) {
            return origin + prefixedPath(url.substring(origin.length()));
        }
        return url;
    }

    private String prefixedPath(String url) {
        if (!url.startsWith(contextPath + "/")) {
            return url;
        }
        String rest = url.substring(contextPath.length());
        int end = rest.length();
        for (char delimiter : new char[] {'?', '#'}) {
            int at = rest.indexOf(delimiter);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String path = rest.substring(0, end);
        if (ReaderLanguage.prefixing(path).isPresent() || !ReaderAddresses.isPage(path)) {
            return url;
        }
        return contextPath + language.prefix() + rest;
    }
}
