package org.ap4tracker.api.writes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.ap4tracker.api.http.ApiCallers;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.api.http.ApiProblemException;
import org.ap4tracker.api.http.ApiProblems;
import org.ap4tracker.api.http.Problem;
import org.ap4tracker.api.http.ProblemType;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Idempotency-Key on creating an event, around the controller rather than inside it: the first request with a
 * key claims it (in {@link IdempotencyKeys}, so every instance sees it) before anything is done, and its
 * successful response is stored; a retry with the same key and body gets that response again, marked
 * {@code Idempotent-Replayed: true}, instead of creating a second event. A request that fails releases its key,
 * so the client can fix the request and send it again under the same key.
 * <p>
 * Not a bean of its own: the API's security chain adds it after authorisation, so it knows whose key it is.
 */
public class IdempotentCreates extends OncePerRequestFilter {

    /** The headers of a created event's response that a replay repeats. */
    private static final List<String> REPLAYED = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.ETAG, HttpHeaders.LOCATION);

    private final IdempotencyKeys keys;
    private final ApiProblems problems;

    public IdempotentCreates(IdempotencyKeys keys, ApiProblems problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(IdempotencyKeys.HEADER) == null || !HttpMethod.POST.matches(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + ApiLinks.BASE_PATH + "/events");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = Objects.requireNonNull(request.getHeader(IdempotencyKeys.HEADER));
        if (!IdempotencyKeys.validFormat(key)) {
            problems.write(request, response, ApiProblemException.withErrors(ProblemType.VALIDATION,
                    "The Idempotency-Key header must be 1 to 255 visible ASCII characters, such as a UUID.",
                    List.of(new Problem.FieldProblem(IdempotencyKeys.HEADER, "must be 1 to 255 visible ASCII characters"))));
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        }
        catch (ApiProblemException tooLarge) {
            problems.write(request, response, tooLarge);
            return;
        }
        String username = ApiCallers.username();
        String hash = IdempotencyKeys.hash(request.getMethod(), request.getRequestURI(), request.getQueryString(), body);
        Optional<IdempotencyKeys.Stored> stored;
        try {
            stored = keys.claim(username, key, hash);
        }
        catch (ApiProblemException refused) {
            problems.write(request, response, refused);
            return;
        }
        if (stored.isPresent()) {
            replay(stored.get(), response);
            return;
        }
        ContentCachingResponseWrapper copy = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new WithBody(request, body), copy);
            if (copy.getStatus() >= 200 && copy.getStatus() < 300) {
                keys.complete(username, key, copy.getStatus(), headers(copy), copy.getContentAsByteArray());
                completed = true;
            }
        }
        finally {
            if (!completed) {
                keys.release(username, key);
            }
            copy.copyBodyToResponse();
        }
    }

    private void replay(IdempotencyKeys.Stored stored, HttpServletResponse response) throws IOException {
        response.setStatus(Objects.requireNonNull(stored.status()));
        keys.headers(stored).forEach(response::setHeader);
        response.setHeader("Idempotent-Replayed", "true");
        byte[] body = Objects.requireNonNullElse(stored.body(), new byte[0]);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Map<String, String> headers(HttpServletResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED) {
            if (name.equals(HttpHeaders.CONTENT_TYPE) && response.getContentType() != null) {
                headers.put(name, response.getContentType());
            }
            else if (response.getHeader(name) != null) {
                headers.put(name, String.join(", ", response.getHeaders(name)));
            }
        }
        return headers;
    }

    /** The request with its body, already read to compare it, to be read again by the controller. */
    private static final class WithBody extends HttpServletRequestWrapper {

        private final byte[] body;

        WithBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
