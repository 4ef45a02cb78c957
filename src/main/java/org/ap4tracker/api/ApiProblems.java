package org.ap4tracker.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * Problems for failures known only by their status and, perhaps, the framework's exception: unknown paths,
 * unsupported methods, unacceptable media types, and anything unexpected. Details are written for people and never
 * carry exception messages, class names or stack traces.
 */
final class ApiProblems {

    /** Where a client finds what the API offers. */
    static final String DOCUMENT_PATH = "/v3/api-docs";

    private ApiProblems() {
    }

    static ResponseEntity<Problem> response(Problem problem) {
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Writes a problem straight to the servlet response, for filters and handlers that run outside Spring MVC. */
    static void write(HttpServletResponse response, Problem problem, JsonMapper json) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    static Problem forStatus(int status, @Nullable Throwable error, String path) {
        String detail = detail(status, error, path);
        return ProblemType.forStatus(status)
                .map(type -> Problem.of(type, detail, path))
                .orElseGet(() -> new Problem("about:blank", reasonPhrase(status), status, detail, path, null, null));
    }

    private static String detail(int status, @Nullable Throwable error, String path) {
        if (error instanceof HttpRequestMethodNotSupportedException unsupported) {
            return "%s is not supported at %s, which answers %s.".formatted(unsupported.getMethod(), path,
                    String.join(", ", allowed(unsupported)));
        }
        if (error instanceof HttpMediaTypeNotAcceptableException) {
            return "%s is only available as application/json, which the Accept header does not allow.".formatted(path);
        }
        if (status == 400) {
            return "The request's address or headers could not be accepted, so it was not read any further.";
        }
        if (status == 404) {
            return "There is nothing at %s. The API's resources are described at %s.".formatted(path, DOCUMENT_PATH);
        }
        if (status == 413) {
            return "The request is larger than this API accepts; bodies may be at most 1 MiB.";
        }
        if (status == 415) {
            return "The body must be JSON in UTF-8, sent as Content-Type: application/json.";
        }
        if (status >= 500) {
            return "Something went wrong on our side and it has been logged. Please try again later.";
        }
        return reasonPhrase(status) + ".";
    }

    /** The methods a resource answers; Spring leaves out HEAD, which it answers wherever it answers GET. */
    static List<String> allowed(HttpRequestMethodNotSupportedException unsupported) {
        Set<HttpMethod> methods = unsupported.getSupportedHttpMethods();
        if (methods == null) {
            return List.of();
        }
        Set<String> names = methods.stream().map(HttpMethod::name).collect(Collectors.toCollection(TreeSet::new));
        if (names.contains("GET")) {
            names.add("HEAD");
        }
        return List.copyOf(names);
    }

    private static String reasonPhrase(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "HTTP status " + status : capitalised(known.getReasonPhrase());
    }

    private static String capitalised(String phrase) {
        return phrase.isEmpty() ? phrase : phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1);
    }
}
