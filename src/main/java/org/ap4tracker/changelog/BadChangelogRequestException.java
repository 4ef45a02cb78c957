package org.ap4tracker.changelog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A changelog address that cannot be served, such as a paging cursor we never issued: the 400 page. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadChangelogRequestException extends RuntimeException {

    BadChangelogRequestException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
