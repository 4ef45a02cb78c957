package org.ap4tracker.api.http;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * The API's problems for failures known only by their status and, perhaps, the framework's exception
 * (unknown paths, unsupported methods, unacceptable media types, anything unexpected), and the writing of
 * problems where Spring MVC does not render them: in the security filters and on the container's error
 * dispatch. Details are written for people and never carry exception messages, class names or stack traces.
 */
@Component
public class ApiProblems {

    /** Where a client finds what the API offers. */
    static final String DOCUMENT_PATH = "/v3/api-docs";

    /** RFC 9457's type for "nothing beyond the status code", written out for clients that look for it. */
    static final URI ABOUT_BLANK = URI.create("about:blank");

    /** Spring's own JSON converter, which renders a {@link ProblemDetail}'s properties as members. */
    private final JacksonJsonHttpMessageConverter converter;

    ApiProblems(JsonMapper json) {
        this.converter = new JacksonJsonHttpMessageConverter(json.rebuild());
    }

    /** Writes {@code error} as problem JSON, outside Spring MVC; the response is never stored by a cache. */
    public void write(HttpServletRequest request, HttpServletResponse response, ErrorResponse error) throws IOException {
        write(request, response, error.getBody(), error.getHeaders());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem, HttpHeaders headers)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        headers.forEach((name, values) -> {
            response.setHeader(name, null);
            values.forEach(value -> response.addHeader(name, value));
        });
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setStatus(problem.getStatus());
        converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
    }

    /** The problem for a status known from nothing else: the kind's type, or about:blank (RFC 9457) with none. */
    static ProblemDetail forStatus(int status, @Nullable Throwable error, String path) {
        String detail = detail(status, error, path);
        ProblemDetail problem = ProblemType.forStatus(status).map(type -> ApiProblemException.problem(type, detail))
                .orElseGet(() -> ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail));
        if (problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        problem.setInstance(URI.create(path));
        return problem;
    }

    private static String detail(int status, @Nullable Throwable error, String path) {
        if (error instanceof HttpRequestMethodNotSupportedException unsupported) {
            return "%s is not supported at %s, which answers %s.".formatted(unsupported.getMethod(), path,
                    String.join(", ", allowed(unsupported)));
        }
        if (error instanceof HttpMediaTypeNotAcceptableException) {
            return "%s is only available as application/json, which the Accept header does not allow.".formatted(path);
        }
        return switch (status) {
            case 400 -> "The request's address or headers could not be accepted, so it was not read any further.";
            case 404 -> "There is nothing at %s. The API's resources are described at %s.".formatted(path, DOCUMENT_PATH);
            case 413 -> "The request is larger than this API accepts; bodies may be at most 1 MiB.";
            case 415 -> "The body must be JSON in UTF-8, sent as Content-Type: application/json.";
            default -> status >= 500 ? "Something went wrong on our side and it has been logged. Please try again later."
                    : Objects.requireNonNullElse(ProblemDetail.forStatus(status).getTitle(), "HTTP status " + status) + ".";
        };
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
}
