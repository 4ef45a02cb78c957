package org.ap4tracker.accounts;

import java.nio.charset.StandardCharsets;

/**
 * What a password must be: long rather than complicated. At least 12 characters, and passphrases of any
 * reasonable length are welcome; the upper bound only keeps one sign-in from costing the server seconds.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    static final int MAX_BYTES = 1024;

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountException("password", "account.password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountException("password", "account.password.tooLong");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw new AccountException("password", "account.password.isUsername");
        }
    }
}
