package org.ap4tracker.accounts;

/** No account has this username. The web layer answers 404 for it. */
public class AccountNotFoundException extends RuntimeException {

    AccountNotFoundException(String username) {
        super("No account named " + username);
    }
}
