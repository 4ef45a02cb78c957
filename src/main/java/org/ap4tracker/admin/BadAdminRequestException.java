package org.ap4tracker.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A list address that was altered by hand, such as a broken paging cursor: the page answers 400. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadAdminRequestException extends RuntimeException {
}
