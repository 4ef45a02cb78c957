package org.ap4tracker.timeline;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.ap4tracker.events.EventNotFoundException;
import org.ap4tracker.events.ReferenceDataNotFoundException;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A public page whose event or storyline went away while it was being read is the 404 error page, like
 * {@link PageNotFoundException}. The domain's exceptions carry no status; the web edge gives it. (The desk's
 * {@code DeskNotFound} is the same rule for its own pages.)
 */
@ControllerAdvice(basePackageClasses = ReferenceNotFound.class)
class ReferenceNotFound {

    @ExceptionHandler({EventNotFoundException.class, ReferenceDataNotFoundException.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
