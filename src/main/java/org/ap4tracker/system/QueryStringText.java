package org.ap4tracker.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link PlainText} for every query string of the site, its feeds and its API, in one place. The search text
 * ({@value #SEARCH}) loses the characters the rule refuses: it is never stored, and a search pasted with a
 * stray control character should still find what the reader meant. Any other parameter (codes, years, orders,
 * cursors, tokens) holding one is refused with 400, since no valid value contains one and guessing would
 * widen or change the filter unseen. The container has already refused query strings that are not UTF-8.
 * Form bodies are left to the forms' own validation, which puts the message beside the field.
 */
@Component
class QueryStringText extends OncePerRequestFilter {

    static final String SEARCH = "q";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, String[]> parameters = request.getParameterMap();
        boolean searchToClean = false;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            boolean acceptable = Arrays.stream(parameter.getValue()).allMatch(QueryStringText::acceptable);
            if (!acceptable && parameter.getKey().equals(SEARCH)) {
                searchToClean = true;
            }
            else if (!acceptable || !PlainText.acceptable(parameter.getKey())) {
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
        }
        chain.doFilter(searchToClean ? new CleanedSearch(request, parameters) : request, response);
    }

    private static boolean acceptable(@Nullable String value) {
        return value == null || PlainText.acceptable(value);
    }

    /** The request with the search text as the rule leaves it. */
    private static final class CleanedSearch extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        CleanedSearch(HttpServletRequest request, Map<String, String[]> original) {
            super(request);
            Map<String, String[]> cleaned = new LinkedHashMap<>(original);
            cleaned.put(SEARCH, Arrays.stream(original.get(SEARCH))
                    .map(value -> value == null ? null : PlainText.withoutRefused(value)).toArray(String[]::new));
            this.parameters = Collections.unmodifiableMap(cleaned);
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
