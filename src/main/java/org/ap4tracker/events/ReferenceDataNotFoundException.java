package org.ap4tracker.events;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No storyline, actor or topic has this slug or code: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReferenceDataNotFoundException extends RuntimeException {

    public ReferenceDataNotFoundException(String kind, String key) {
        super("No " + kind + " " + key);
    }
}
