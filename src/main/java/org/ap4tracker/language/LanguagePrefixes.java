package org.ap4tracker.language;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts a language's prefix into a link or redirect to one of this site's pages: {@code /events/x?y} becomes
 * {@code /ja/events/x?y}, and so does the same address written absolutely on the site's public address (what
 * {@code PublicUrls} says, asked only when an absolute address comes by, such as the page Spring Security saved
 * before sign-in). Links that are not to pages (assets, API, feeds), to other sites, already prefixed, or
 * relative are left as they are.
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
        if (ReaderLanguage.prefixing(path).isPresent() || !ReaderAddresses.isPage(path)) {
            return rest;
        }
        return language.prefix() + rest;
    }
}
