package org.ap4tracker.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No error is ever stored by a cache. A controller sets Cache-Control before it knows whether the response
 * will succeed (a feed declares itself public, then a query fails), and the error page is rendered on the same
 * response; without this a shared cache would keep serving the error for the feed's five minutes. Whatever
 * was set, a response with a status of 400 or more leaves as {@code no-store}, on the request's own dispatch
 * and on the container's error dispatch alike.
 */
@Component
class ErrorResponsesNotCached extends OncePerRequestFilter {

    static final String NO_STORE = CacheControl.noStore().getHeaderValue();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new UncachedWhenFailed(response));
    }

    // Deliberate parallel of language.LanguageLinksFilter: both must also see the container's error dispatch,
    // and each does its own thing there, so the two overrides stay in their filters.
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        chain.doFilter(request, new UncachedWhenFailed(response));
    }

    private static final class UncachedWhenFailed extends HttpServletResponseWrapper {

        UncachedWhenFailed(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            noStoreIfFailed();
        }

        @Override
        public void sendError(int status) throws IOException {
            super.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            super.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            super.sendError(status, message);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                noStoreIfFailed();
            }
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                noStoreIfFailed();
            }
        }

        private void noStoreIfFailed() {
            if (getStatus() >= 400) {
                super.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            }
        }
    }
}
