package org.ap4tracker.api.http;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.ap4tracker.events.EventNotFoundException;
import org.ap4tracker.system.DisconnectedClients;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own handling of what the API's controllers throw (and of the framework's exceptions on the
 * way to them), rendered as problem JSON: a {@link ProblemDetail} with one of the API's {@link ProblemType}s.
 * Scoped to the API's packages, so the HTML pages keep their error page; failures before a controller is chosen are
 * {@link ApiErrorDispatch}'s, and the security filters' are written by {@link ApiProblems}.
 */
// First among the advices, so that the site-wide 404 page for missing things never answers an API request.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "org.ap4tracker.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final URI NO_KIND = ApiProblems.ABOUT_BLANK;

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    /** The event went away between reading it and writing to it. */
    @ExceptionHandler(EventNotFoundException.class)
    ResponseEntity<Object> eventGone(EventNotFoundException ex, WebRequest request) {
        return problem(ex, ApiProblemException.notFound("The event no longer exists."), request);
    }

    /** Anything else is a server error, logged; a client that went away is told nothing and logged at DEBUG. */
    @ExceptionHandler(Exception.class)
    @Nullable ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        if (DisconnectedClients.loggedIfDisconnected(ex)) {
            return null;
        }
        HttpServletRequest servlet = servlet(request);
        log.error("{} {} failed", servlet.getMethod(), servlet.getRequestURI(), ex);
        return handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatusCode.valueOf(500), request);
    }

    /**
     * A query's parameters (bound to a query record) are 400 with each parameter's error; an event body
     * ({@code @RequestBody @Valid}) is 422 with the desk form's message for each field.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        boolean body = ex.getParameter().hasParameterAnnotation(RequestBody.class);
        List<Problem.FieldProblem> errors = ex.getFieldErrors().stream()
                .map(error -> new Problem.FieldProblem(error.getField(), body ? english(error)
                        : Objects.requireNonNullElse(error.getDefaultMessage(), "is not valid")))
                .collect(Collectors.toList());
        ex.getGlobalErrors().forEach(error -> errors.add(new Problem.FieldProblem("event",
                messages.getMessage(error, Locale.ENGLISH))));
        return problem(ex, body ? ApiProblemException.invalidEvent(errors) : ApiProblemException.invalidQuery(errors),
                request);
    }

    /** A body that is not JSON in UTF-8. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = servlet(request).getContentType();
        return problem(ex, ApiProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, """
                The body must be JSON in UTF-8, sent as Content-Type: application/json; this request sent %s."""
                .formatted(sent == null ? "no Content-Type" : sent)), request);
    }

    /**
     * A body Jackson could not read with the API's strict settings (see {@link ApiJsonConfiguration}): 400,
     * naming the field as the validation errors do ({@code sources[0].title}); or the problem that stopped
     * the reading, such as a body over the limit (413, see {@link ApiRequestBodies}).
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(ex, unreadable(ex), request);
    }

    /** Every problem leaves with one of the API's kinds, its details for people, and the path as its instance. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        String path = servlet(request).getRequestURI();
        Object given = body == null && ex instanceof ErrorResponse response ? response.getBody() : body;
        ProblemDetail problem = given instanceof ProblemDetail detail && detail.getType() != null
                && !NO_KIND.equals(detail.getType()) ? detail : ApiProblems.forStatus(statusCode.value(), ex, path);
        problem.setInstance(URI.create(path));
        HttpHeaders sent = new HttpHeaders();
        sent.addAll(headers);
        sent.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (ex instanceof HttpRequestMethodNotSupportedException unsupported) {
            sent.set(HttpHeaders.ALLOW, String.join(", ", ApiProblems.allowed(unsupported)));
        }
        return super.handleExceptionInternal(ex, problem, sent, statusCode, request);
    }

    private @Nullable ResponseEntity<Object> problem(Exception ex, ApiProblemException problem, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(problem.getHeaders());
        return handleExceptionInternal(ex, problem.getBody(), headers, problem.getStatusCode(), request);
    }

    private String english(FieldError error) {
        return messages.getMessage(error, Locale.ENGLISH);
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return Objects.requireNonNull(((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class));
    }

    private static ApiProblemException unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = null;
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiProblemException known) {
                return known;
            }
            if (cause instanceof JacksonException found && jackson == null) {
                jackson = found;
            }
        }
        if (jackson == null) {
            return malformed("The request needs a JSON object as its body.", null, null);
        }
        String field = path(jackson);
        if (jackson instanceof StreamReadException read && read.getOriginalMessage() != null
                && read.getOriginalMessage().startsWith("Duplicate")) {
            String duplicate = duplicatePath(read);
            return malformed("The body gives the field %s more than once.".formatted(duplicate), duplicate,
                    "is given more than once");
        }
        if (jackson instanceof StreamReadException read) {
            return malformed("The body is not valid JSON%s.".formatted(where(read.getLocation())), null, null);
        }
        if (jackson instanceof PropertyBindingException unknown) {
            return malformed("The body has a field this API does not know: %s.".formatted(field), field,
                    "is not a field here; the fields are " + String.join(", ", names(unknown.getKnownPropertyIds())));
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            if (mismatch.getOriginalMessage() != null && mismatch.getOriginalMessage().startsWith("Trailing token")) {
                return malformed("The body has more after its JSON object%s.".formatted(where(mismatch.getLocation())),
                        null, null);
            }
            if (field.isEmpty()) {
                return malformed("The body must be a JSON object.", null, null);
            }
            String expected = expected(mismatch.getTargetType());
            return malformed("The field %s has the wrong type: it %s.".formatted(field, expected), field, expected);
        }
        return field.isEmpty() ? malformed("The body could not be read as JSON.", null, null)
                : malformed("The field %s could not be read.".formatted(field), field, "could not be read");
    }

    private static ApiProblemException malformed(String detail, @Nullable String field, @Nullable String message) {
        return field == null || message == null ? ApiProblemException.of(ProblemType.MALFORMED_BODY, detail)
                : ApiProblemException.withErrors(ProblemType.MALFORMED_BODY, detail,
                        List.of(new Problem.FieldProblem(field, message)));
    }

    private static String where(@Nullable TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line %d, column %d)".formatted(location.getLineNr(), location.getColumnNr());
    }

    /** The field as the validation errors name it: {@code sources[0].title}. */
    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Where the parser stood on a repeated name, as {@code sources[0].title}. */
    private static String duplicatePath(StreamReadException ex) {
        JsonParser parser = ex.processor();
        if (parser == null) {
            return "a field";
        }
        StringBuilder path = new StringBuilder();
        for (String segment : parser.streamReadContext().pathAsPointer().toString().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                path.append('[').append(segment).append(']');
            }
            else {
                path.append(path.isEmpty() ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.isEmpty() ? "a field" : path.toString();
    }

    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == LocalDate.class) {
            return "must be a date written as YYYY-MM-DD";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static List<String> names(@Nullable Collection<Object> known) {
        return known == null ? List.of() : known.stream().map(Object::toString).sorted().toList();
    }
}
