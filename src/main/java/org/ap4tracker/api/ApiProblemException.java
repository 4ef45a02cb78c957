package org.ap4tracker.api;

import java.util.List;

import org.ap4tracker.events.EventDetail;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A request the API answers with a problem of a known kind, such as an unknown slug, a withdrawn event or a
 * stale If-Match. Some problems carry field errors, and some headers (Retry-After, the current ETag).
 */
class ApiProblemException extends RuntimeException {

    private final ProblemType type;
    private final @Nullable List<Problem.FieldProblem> errors;
    private final @Nullable String reason;
    private final HttpHeaders headers;

    private ApiProblemException(ProblemType type, String detail, @Nullable List<Problem.FieldProblem> errors,
            @Nullable String reason, HttpHeaders headers) {
        super(detail);
        this.type = type;
        this.errors = errors;
        this.reason = reason;
        this.headers = headers;
    }

    static ApiProblemException of(ProblemType type, String detail) {
        return new ApiProblemException(type, detail, null, null, HttpHeaders.EMPTY);
    }

    static ApiProblemException of(ProblemType type, String detail, HttpHeaders headers) {
        return new ApiProblemException(type, detail, null, null, headers);
    }

    static ApiProblemException withErrors(ProblemType type, String detail, List<Problem.FieldProblem> errors) {
        return new ApiProblemException(type, detail, List.copyOf(errors), null, HttpHeaders.EMPTY);
    }

    /** A query string with wrong, repeated or unknown parameters: 400, listing each. */
    static ApiProblemException invalidQuery(List<Problem.FieldProblem> errors) {
        String detail = "The query has %d error%s: %s.".formatted(errors.size(), errors.size() == 1 ? "" : "s",
                String.join("; ", errors.stream().map(error -> error.field() + " " + error.message()).toList()));
        return withErrors(ProblemType.VALIDATION, detail, errors);
    }

    static ApiProblemException notFound(String detail) {
        return of(ProblemType.NOT_FOUND, detail);
    }

    static ApiProblemException withdrawn(EventDetail event) {
        return new ApiProblemException(ProblemType.WITHDRAWN,
                "The event '%s' has been withdrawn: %s".formatted(event.title(), event.withdrawnReason()), null,
                event.withdrawnReason(), HttpHeaders.EMPTY);
    }

    ProblemType type() {
        return type;
    }

    HttpHeaders headers() {
        return headers;
    }

    Problem problem(String instance) {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), instance, errors, reason);
    }
}
