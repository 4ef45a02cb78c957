package org.ap4tracker.timeline;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page address that cannot be served as asked, such as a paging cursor we never issued. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadPageRequestException extends RuntimeException {

    BadPageRequestException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
