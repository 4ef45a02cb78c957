package org.ap4tracker.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account has this username: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccountNotFoundException extends RuntimeException {

    AccountNotFoundException(String username) {
        super("No account named " + username);
    }
}
