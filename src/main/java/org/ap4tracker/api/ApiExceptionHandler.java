package org.ap4tracker.api;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.ap4tracker.events.EventNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns whatever the API's controllers throw into problem JSON. Scoped to this package, so the HTML pages
 * keep their error page; failures before a controller is chosen are {@link ApiErrorDispatch}'s.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BindException.class)
    ResponseEntity<Problem> invalidQuery(BindException ex, HttpServletRequest request) {
        List<Problem.FieldProblem> errors = ex.getFieldErrors().stream()
                .map(error -> new Problem.FieldProblem(error.getField(), message(error)))
                .toList();
        return validation(errors, request);
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<Problem> knownProblem(ApiProblemException ex, HttpServletRequest request) {
        Problem problem = ex.problem(request.getRequestURI());
        return ResponseEntity.status(problem.status()).headers(ex.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The event went away between reading it and writing to it. */
    @ExceptionHandler(EventNotFoundException.class)
    ResponseEntity<Problem> eventGone(HttpServletRequest request) {
        return ApiProblems.response(Problem.of(ProblemType.NOT_FOUND, "The event no longer exists.",
                request.getRequestURI()));
    }

    /** The framework's own errors (such as 406 while writing a response) by their status; anything else is a 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception ex, HttpServletRequest request) {
        int status = ex instanceof ErrorResponse response ? response.getStatusCode().value() : 500;
        if (status >= 500) {
            log.error("{} {} failed", request.getMethod(), request.getRequestURI(), ex);
        }
        return ApiProblems.response(ApiProblems.forStatus(status, ex, request.getRequestURI()));
    }

    private static ResponseEntity<Problem> validation(List<Problem.FieldProblem> errors, HttpServletRequest request) {
        String detail = "The query has %d error%s: %s.".formatted(errors.size(), errors.size() == 1 ? "" : "s",
                String.join("; ", errors.stream().map(error -> error.field() + " " + error.message()).toList()));
        return ApiProblems.response(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400,
                detail, request.getRequestURI(), errors, null));
    }

    /** Query values are bound as text and checked by the API's validators, which write every message. */
    private static String message(FieldError error) {
        return Objects.requireNonNullElse(error.getDefaultMessage(), "is not valid");
    }
}
