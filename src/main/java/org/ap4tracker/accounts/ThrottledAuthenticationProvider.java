package org.ap4tracker.accounts;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password and records the outcome after, logging every sign-in with the
 * client address the container saw (never a header the client could choose).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = clientAddress(authentication);
        Optional<java.time.Instant> lockedUntil = throttle.lockedUntil(username, address);
        if (lockedUntil.isPresent()) {
            log.warn("Sign-in refused for '{}' from {}: too many failures, locked until {}", printable(username),
                    address, lockedUntil.get());
            throw new LoginThrottledException(lockedUntil.get());
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.succeeded(username);
            log.info("Signed in: '{}' from {}", printable(username), address);
            return result;
        }
        catch (AuthenticationException failure) {
            throttle.failed(username, address);
            log.warn("Sign-in failed for '{}' from {}: {}", printable(username), address,
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

    /** Usernames are typed by strangers: keep log lines one line and of bounded length. */
    private static String printable(String username) {
        String oneLine = username.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 64 ? oneLine.substring(0, 64) + "…" : oneLine;
    }
}
