package org.ap4tracker.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * What a session remembers about its sign-in, beside Spring Security's context: the account's credentials
 * version at the time (a later password change or reset makes the session worthless) and the client
 * address it signed in from (shown on the Account page's list of sessions).
 */
final class SignedInSession {

    static final String CREDENTIALS_VERSION = "ap4.credentialsVersion";

    static final String CLIENT_ADDRESS = "ap4.clientAddress";

    static final String WEAK_PASSWORD = "ap4.weakPassword";

    private SignedInSession() {
    }

    static void start(HttpServletRequest request, long credentialsVersion) {
        HttpSession session = request.getSession();
        session.setAttribute(CREDENTIALS_VERSION, credentialsVersion);
        session.setAttribute(CLIENT_ADDRESS, request.getRemoteAddr());
    }

    /** After the session's own user changed the password: this session carries on under the new version. */
    static void keep(HttpServletRequest request, long credentialsVersion) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(CREDENTIALS_VERSION, credentialsVersion);
            session.removeAttribute(WEAK_PASSWORD);
        }
    }

    static @Nullable Long credentialsVersion(HttpSession session) {
        return session.getAttribute(CREDENTIALS_VERSION) instanceof Long version ? version : null;
    }
}
