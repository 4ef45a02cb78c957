package org.ap4tracker.timeline;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page asked for does not exist; readers get the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PageNotFoundException extends RuntimeException {

    PageNotFoundException(String what) {
        super("No such page: " + what);
    }
}
