package org.ap4tracker.api;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Some failures never reach an API controller: an unknown path, a method or media type no mapping accepts,
 * an error in a filter. The servlet container forwards those to {@code /error}, where Boot's
 * BasicErrorController would answer with its own JSON or the HTML error page. This mapping claims the error
 * dispatches of {@code /api/} requests, ahead of that controller, and answers with problem JSON instead;
 * every other path keeps the site's error page.
 */
@Component
class ApiErrorDispatch extends AbstractHandlerMapping {

    private final HttpRequestHandler problemWriter;

    ApiErrorDispatch(ErrorAttributes errorAttributes, JsonMapper json) {
        setOrder(Ordered.HIGHEST_PRECEDENCE);
        this.problemWriter = (request, response) -> write(request, response, errorAttributes, json);
    }

    @Override
    protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            return null;
        }
        String path = originalPath(request);
        String apiRoot = request.getContextPath() + "/api";
        return path.equals(apiRoot) || path.startsWith(apiRoot + "/") ? problemWriter : null;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ErrorAttributes errorAttributes,
            JsonMapper json) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        Problem problem = ApiProblems.forStatus(status, error, originalPath(request));
        if (error instanceof HttpRequestMethodNotSupportedException unsupported) {
            response.setHeader(HttpHeaders.ALLOW, String.join(", ", ApiProblems.allowed(unsupported)));
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String originalPath(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path ? path : "";
    }
}
