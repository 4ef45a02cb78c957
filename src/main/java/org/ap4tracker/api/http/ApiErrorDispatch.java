package org.ap4tracker.api.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
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

    ApiErrorDispatch(ErrorAttributes errorAttributes, ApiProblems problems) {
        setOrder(Ordered.HIGHEST_PRECEDENCE);
        this.problemWriter = (request, response) -> {
            int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
            Throwable error = errorAttributes.getError(new ServletWebRequest(request));
            HttpHeaders headers = new HttpHeaders();
            if (error instanceof HttpRequestMethodNotSupportedException unsupported) {
                headers.set(HttpHeaders.ALLOW, String.join(", ", ApiProblems.allowed(unsupported)));
            }
            problems.write(request, response, ApiProblems.forStatus(status, error, originalPath(request)), headers);
        };
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

    private static String originalPath(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path ? path : "";
    }
}
