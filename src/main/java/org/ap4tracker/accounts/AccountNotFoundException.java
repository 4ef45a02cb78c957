package org.ap4tracker.accounts;

import org.ap4tracker.system.NotFoundException;

/** No account has this username. Pages answer 404 for it ({@link NotFoundException}). */
public class AccountNotFoundException extends NotFoundException {

    AccountNotFoundException(String username) {
        super("No account named " + username);
    }
}
