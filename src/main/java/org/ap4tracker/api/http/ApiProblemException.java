package org.ap4tracker.api.http;

import java.net.URI;
import java.util.List;

import org.ap4tracker.events.EventDetail;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the API answers with a problem of a known kind, such as an unknown slug, a withdrawn event or a
 * stale If-Match: Spring's {@link ErrorResponseException}, whose {@link ProblemDetail} body carries the kind's
 * type URI and title, the field errors of some problems ({@code errors}), and whose headers carry what some
 * problems need (Retry-After, the current ETag). Spring MVC renders it; filters write it with {@link ApiProblems}.
 */
public class ApiProblemException extends ErrorResponseException {

    static final String ERRORS = "errors";
    static final String REASON = "reason";

    private ApiProblemException(ProblemDetail problem, HttpHeaders headers) {
        super(HttpStatusCode.valueOf(problem.getStatus()), problem, null);
        getHeaders().addAll(headers);
    }

    /** The problem detail of a kind; the handler adds the instance. */
    static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), detail);
        problem.setType(URI.create(type.uri()));
        problem.setTitle(type.title());
        return problem;
    }

    public static ApiProblemException of(ProblemType type, String detail) {
        return new ApiProblemException(problem(type, detail), HttpHeaders.EMPTY);
    }

    public static ApiProblemException of(ProblemType type, String detail, HttpHeaders headers) {
        return new ApiProblemException(problem(type, detail), headers);
    }

    public static ApiProblemException withErrors(ProblemType type, String detail, List<Problem.FieldProblem> errors) {
        ProblemDetail problem = problem(type, detail);
        problem.setProperty(ERRORS, List.copyOf(errors));
        return new ApiProblemException(problem, HttpHeaders.EMPTY);
    }

    /** A query string with wrong, repeated or unknown parameters: 400, listing each. */
    public static ApiProblemException invalidQuery(List<Problem.FieldProblem> errors) {
        return withErrors(ProblemType.VALIDATION, listed("The query has", errors, ": ", "; ", " ", "."), errors);
    }

    /** An event body whose fields break the event's rules: 422, listing each. */
    public static ApiProblemException invalidEvent(List<Problem.FieldProblem> errors) {
        return withErrors(ProblemType.INVALID_EVENT, listed("The event has", errors, ": ", " ", ": ", ""), errors);
    }

    public static ApiProblemException notFound(String detail) {
        return of(ProblemType.NOT_FOUND, detail);
    }

    public static ApiProblemException withdrawn(EventDetail event) {
        ProblemDetail problem = problem(ProblemType.WITHDRAWN,
                "The event '%s' has been withdrawn: %s".formatted(event.title(), event.withdrawnReason()));
        problem.setProperty(REASON, event.withdrawnReason());
        return new ApiProblemException(problem, HttpHeaders.EMPTY);
    }

    private static String listed(String opening, List<Problem.FieldProblem> errors, String colon, String separator,
            String fieldSeparator, String end) {
        return "%s %d error%s%s%s%s".formatted(opening, errors.size(), errors.size() == 1 ? "" : "s", colon,
                String.join(separator, errors.stream().map(error -> error.field() + fieldSeparator + error.message())
                        .toList()), end);
    }
}
