package org.ap4tracker.api.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * What Spring's JSON converter does not check about the body of a write: at most 1 MiB, counted as the body
 * arrives (chunked bodies too, not only by Content-Length), and JSON only in UTF-8 (the converter would
 * decode another charset). A body that grows too large stops being read with the 413 problem, thrown from
 * the hook Spring's {@link ContentCachingRequestWrapper} offers for this; the API's handler renders it.
 * <p>
 * Not a bean of its own: the API's security chain adds it, so that it applies to the API alone.
 */
class ApiRequestBodies extends OncePerRequestFilter {

    static final int MAX_BYTES = 1024 * 1024;

    private final ApiProblems problems;

    ApiRequestBodies(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method)
                || HttpMethod.TRACE.matches(method);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            problems.write(request, response, tooLarge());
            return;
        }
        if (!utf8(request.getContentType())) {
            problems.write(request, response, ApiProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, """
                    The body must be JSON in UTF-8, sent as Content-Type: application/json; this request sent %s."""
                    .formatted(request.getContentType())));
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    /** Refuses only JSON declared in another charset; other media types are Spring's to refuse (415). */
    private static boolean utf8(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String charset = type.getParameter("charset");
            return !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type) || charset == null
                    || charset.replace("\"", "").equalsIgnoreCase("UTF-8");
        }
        catch (InvalidMediaTypeException ex) {
            return true;
        }
    }

    static ApiProblemException tooLarge() {
        return ApiProblemException.of(ProblemType.CONTENT_TOO_LARGE,
                "The body is larger than %d bytes (1 MiB), the most this API accepts.".formatted(MAX_BYTES));
    }

    /** Spring's caching wrapper, whose overflow hook ends the reading of a body over the limit. */
    private static final class Limited extends ContentCachingRequestWrapper {

        Limited(HttpServletRequest request) {
            super(request, MAX_BYTES);
        }

        @Override
        protected void handleContentOverflow(int contentCacheLimit) {
            throw tooLarge();
        }
    }
}
