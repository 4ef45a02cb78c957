package org.ap4tracker.api;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of problem the API reports, each with a stable absolute type URI under {@link #BASE}. A status
 * with no kind of its own (say 413 from the server in front) is reported as {@code about:blank}, which
 * RFC 9457 defines as "nothing beyond the status code".
 */
enum ProblemType {

    VALIDATION(400, "validation", "Invalid request"),
    BAD_REQUEST(400, "bad-request", "Bad request"),
    CROSS_ORIGIN_REJECTED(403, "cross-origin-rejected", "Cross-origin request rejected"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    WITHDRAWN(410, "withdrawn", "Event withdrawn"),
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
        return Stream.of(BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE)
                .filter(type -> type.status == status).findFirst();
    }
}
