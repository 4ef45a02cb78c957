package org.ap4tracker.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.ap4tracker.events.EventNotFoundException;
import org.ap4tracker.events.ReferenceDataNotFoundException;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A desk page for an event, storyline, actor or topic that does not exist is the 404 error page. The
 * domain's exceptions say only what is missing; the status is decided here, at the web edge.
 */
@ControllerAdvice(basePackageClasses = DeskNotFound.class)
class DeskNotFound {

    @ExceptionHandler({EventNotFoundException.class, ReferenceDataNotFoundException.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
