package org.ap4tracker.accounts;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password, because this account or address failed too often. */
class LoginThrottledException extends AuthenticationException {

    private final Instant lockedUntil;

    LoginThrottledException(Instant lockedUntil) {
        super("Too many failed sign-ins; locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
