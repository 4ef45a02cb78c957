package org.ap4tracker.accounts;

import java.time.Instant;
import java.util.Optional;

import org.ap4tracker.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Counts the attempt with the throttle before the password is checked, and checks it only if the throttle
 * allows. Every outcome goes to the log and the audit log with the client address the container saw (never
 * a header the client could choose).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle, AuditLog auditLog) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = Accounts.normalise(authentication.getName());
        String address = clientAddress(authentication);
        Optional<Instant> lockedUntil = throttle.attempt(username, address);
        if (lockedUntil.isPresent()) {
            log.warn("Sign-in refused for '{}' from {}: too many attempts, locked until {}", printable(username),
                    address, lockedUntil.get());
            auditLog.recordAs(printable(username), "SIGN_IN_LOCKED", "user", printable(username),
                    "locked until " + lockedUntil.get());
            throw new LoginThrottledException(lockedUntil.get());
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.succeeded(username, address);
            log.info("Signed in: '{}' from {}", printable(username), address);
            auditLog.recordAs(result.getName(), "SIGNED_IN", "user", result.getName(), "password");
            return result;
        }
        catch (AuthenticationException failure) {
            log.warn("Sign-in failed for '{}' from {}: {}", printable(username), address,
                    failure.getClass().getSimpleName());
            auditLog.recordAs(printable(username), "SIGN_IN_FAILED", "user", printable(username),
                    failure.getClass().getSimpleName());
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    /** Usernames are typed by strangers: keep log lines and audit entries one line and of bounded length. */
    private static String printable(String username) {
        String oneLine = username.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 64 ? oneLine.substring(0, 64) + "…" : oneLine;
    }
}
