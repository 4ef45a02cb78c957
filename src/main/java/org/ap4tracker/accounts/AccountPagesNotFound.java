package org.ap4tracker.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An account page for an account that does not exist is the 404 error page. {@link AccountNotFoundException}
 * is thrown by the services too, so it carries no status of its own; the account pages give it here.
 */
@ControllerAdvice(basePackageClasses = AccountPagesNotFound.class)
class AccountPagesNotFound {

    @ExceptionHandler(AccountNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
