package org.ap4tracker.api;

import org.ap4tracker.events.EventDetail;
import org.jspecify.annotations.Nullable;

/** A request the API answers with a problem of a known kind, such as an unknown slug or a withdrawn event. */
class ApiProblemException extends RuntimeException {

    private final ProblemType type;
    private final @Nullable String reason;

    private ApiProblemException(ProblemType type, String detail, @Nullable String reason) {
        super(detail);
        this.type = type;
        this.reason = reason;
    }

    static ApiProblemException notFound(String detail) {
        return new ApiProblemException(ProblemType.NOT_FOUND, detail, null);
    }

    static ApiProblemException withdrawn(EventDetail event) {
        return new ApiProblemException(ProblemType.WITHDRAWN,
                "The event '%s' has been withdrawn: %s".formatted(event.title(), event.withdrawnReason()),
                event.withdrawnReason());
    }

    Problem problem(String instance) {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), instance, null, reason);
    }
}
