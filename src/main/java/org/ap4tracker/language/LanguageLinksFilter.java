package org.ap4tracker.language;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.ap4tracker.system.PublicUrls;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Links a Japanese or Korean page builds to this site's pages keep the page's prefix: {@code @{/events/x}} in a
 * template becomes {@code /ja/events/x}. Templates build links through {@code HttpServletResponse.encodeURL}, which
 * Spring Security's {@code DisableEncodeUrlFilter} turns into a no-op (so session ids never leak into URLs); this
 * filter therefore runs after the security filters (order 0, theirs is -100), and its response sits inside theirs.
 * It runs on error dispatches too, so a prefixed page's error page links in its language.
 */
@Component
@Order(0)
class LanguageLinksFilter extends OncePerRequestFilter {

    private final PublicUrls urls;

    LanguageLinksFilter(PublicUrls urls) {
        this.urls = urls;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, inLanguage(request, response));
    }

    // Deliberate parallel of system.ErrorResponsesNotCached: error pages carry links too, so this filter also
    // runs on the container's error dispatch.
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        chain.doFilter(request, inLanguage(request, response));
    }

    private HttpServletResponse inLanguage(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(LanguagePrefixFilter.ADDRESS_LANGUAGE) instanceof ReaderLanguage language
                && language != ReaderLanguage.ENGLISH) {
            return new LinksInLanguage(response, new LanguagePrefixes(request, urls::origin, language));
        }
        return response;
    }

    // Deliberate parallel of LanguagePrefixFilter's RedirectsInLanguage: that one runs before security for redirects, this one
    // after it for the links a page writes, so each wraps the response where its filter sits.
    private static final class LinksInLanguage extends HttpServletResponseWrapper {

        private final LanguagePrefixes prefixes;

        LinksInLanguage(HttpServletResponse response, LanguagePrefixes prefixes) {
            super(response);
            this.prefixes = prefixes;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(prefixes.apply(url));
        }

        @Override
        public String encodeRedirectURL(String url) {
            return super.encodeRedirectURL(prefixes.apply(url));
        }
    }
}
