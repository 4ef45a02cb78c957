package org.ap4tracker.api.http;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of problem the API reports, each with a stable absolute type URI under {@link #BASE}. A status
 * with no kind of its own (say 431 from the server in front) is reported as {@code about:blank}, which
 * RFC 9457 defines as "nothing beyond the status code".
 */
public enum ProblemType {

    VALIDATION(400, "validation", "Invalid request"),
    BAD_REQUEST(400, "bad-request", "Bad request"),
    MALFORMED_BODY(400, "malformed-body", "Malformed request body"),
    AUTHENTICATION_REQUIRED(401, "authentication-required", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    CSRF_REJECTED(403, "csrf-rejected", "CSRF token missing or wrong"),
    CROSS_ORIGIN_REJECTED(403, "cross-origin-rejected", "Cross-origin request rejected"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict with the event's state"),
    IDEMPOTENCY_KEY_IN_USE(409, "idempotency-key-in-use", "Idempotency key in use"),
    WITHDRAWN(410, "withdrawn", "Event withdrawn"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    CONTENT_TOO_LARGE(413, "content-too-large", "Content too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    INVALID_EVENT(422, "invalid-event", "Invalid event"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    RATE_LIMITED(429, "rate-limited", "Too many writes"),
    SERVER_ERROR(500, "server-error", "Internal server error");

    static final String BASE = "https://ap4tracker.org/problems/";

    private final int status;
    private final String name;
    private final String title;

    ProblemType(int status, String name, String title) {
        this.status = status;
        this.name = name;
        this.title = title;
    }

    int status() {
        return status;
    }

    String uri() {
        return BASE + name;
    }

    String title() {
        return title;
    }

    /**
     * The general kind for a status known from nothing else. Specific kinds (validation, withdrawn, a
     * rejected cross-origin request) are chosen where they arise.
     */
    static Optional<ProblemType> forStatus(int status) {
        if (status >= 500) {
            return Optional.of(SERVER_ERROR);
        }
        return Stream.of(BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONTENT_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE)
                .filter(type -> type.status == status).findFirst();
    }
}
