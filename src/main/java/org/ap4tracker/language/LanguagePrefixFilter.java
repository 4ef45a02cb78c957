package org.ap4tracker.language;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.ap4tracker.system.PublicUrls;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the Japanese and Korean pages under {@code /ja/…} and {@code /ko/…} without a second set of mappings:
 * the prefix is taken off before anything else sees the request (security rules, controllers, error pages all
 * keep matching {@code /events/…}), the language it names is remembered for {@link ReaderLocaleResolver}, and
 * every redirect to a page gets the prefix back ({@link LanguageLinksFilter} does the same for links). Doing it
 * here rather than with a {@code /{lang}} path variable on every mapping keeps controllers, templates and
 * security configuration as they are.
 * <p>
 * An unprefixed page answers in the remembered or accepted language, so it says {@code Vary: Accept-Language,
 * Cookie}; a prefixed page always answers the same. Addresses that are not pages (API, feeds, images, assets)
 * take no prefix and always answer in English, so shared caches keep one copy of them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class LanguagePrefixFilter extends OncePerRequestFilter {

    /** Request attribute: the {@link ReaderLanguage} fixed by the address, when it is. */
    public static final String ADDRESS_LANGUAGE = LanguagePrefixFilter.class.getName() + ".ADDRESS_LANGUAGE";

    /** Request attribute: the page's context-relative path and query without a language prefix (pages only). */
    static final String PAGE_ADDRESS = LanguagePrefixFilter.class.getName() + ".PAGE_ADDRESS";

    private final PublicUrls urls;

    LanguagePrefixFilter(PublicUrls urls) {
        this.urls = urls;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        Optional<ReaderLanguage> prefixed = ReaderLanguage.prefixing(path);
        if (prefixed.isPresent()) {
            ReaderLanguage language = prefixed.get();
            String page = path.length() == language.prefix().length() ? "/" : path.substring(language.prefix().length());
            if (ReaderAddresses.isPage(page)) {
                request.setAttribute(ADDRESS_LANGUAGE, language);
                request.setAttribute(PAGE_ADDRESS, page + query);
                chain.doFilter(new UnprefixedRequest(request, page), new RedirectsInLanguage(response,
                        new LanguagePrefixes(request, urls::origin, language)));
                return;
            }
        }
        if (ReaderAddresses.isPage(path)) {
            request.setAttribute(PAGE_ADDRESS, path + query);
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        }
        else {
            request.setAttribute(ADDRESS_LANGUAGE, ContentNegotiation.language(request, response, path));
        }
        chain.doFilter(request, response);
    }

    /** The request as if it had arrived without the prefix. */
    private static final class UnprefixedRequest extends HttpServletRequestWrapper {

        private final String path;

        UnprefixedRequest(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public StringBuffer getRequestURL() {
            String url = super.getRequestURL().toString();
            return new StringBuffer(url.substring(0, url.length() - super.getRequestURI().length()) + getRequestURI());
        }
    }

    /** Redirects to this site's pages keep the language's prefix (whoever sends them, Spring Security included). */
    // Deliberate parallel of LanguageLinksFilter's LinksInLanguage, which rewrites links after security (see there).
    private static final class RedirectsInLanguage extends HttpServletResponseWrapper {

        private final LanguagePrefixes prefixes;

        RedirectsInLanguage(HttpServletResponse response, LanguagePrefixes prefixes) {
            super(response);
            this.prefixes = prefixes;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(prefixes.apply(location));
        }

        @Override
        public void sendRedirect(String location, int status) throws IOException {
            super.sendRedirect(prefixes.apply(location), status);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            super.sendRedirect(prefixes.apply(location), clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            super.sendRedirect(prefixes.apply(location), status, clearBuffer);
        }
    }
}
