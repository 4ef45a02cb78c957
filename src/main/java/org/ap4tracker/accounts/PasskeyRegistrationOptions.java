package org.ap4tracker.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Holds the options of a passkey registration between its two requests. Spring Security keeps them in the
 * HTTP session by default, but in this release they are not {@code Serializable}, so a session kept in
 * PostgreSQL cannot hold them; they stay in this instance's memory instead, keyed by session and for five
 * minutes at most. Behind several instances, the two requests of one registration (a second apart) must
 * reach the same instance; signing in with a passkey is not affected (its options are serializable and stay
 * in the session).
 */
final class PasskeyRegistrationOptions implements PublicKeyCredentialCreationOptionsRepository {

    private static final Duration KEPT = Duration.ofMinutes(5);

    private static final int MOST = 10_000;

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    PasskeyRegistrationOptions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void save(HttpServletRequest request, HttpServletResponse response,
            @Nullable PublicKeyCredentialCreationOptions options) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        Instant now = clock.instant();
        pending.values().removeIf(entry -> entry.expires().isBefore(now));
        if (options == null) {
            pending.remove(session.getId());
        }
        else if (pending.size() < MOST) {
            pending.put(session.getId(), new Pending(options, now.plus(KEPT)));
        }
    }

    @Override
    public @Nullable PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Pending entry = session == null ? null : pending.get(session.getId());
        return entry == null || entry.expires().isBefore(clock.instant()) ? null : entry.options();
    }

    private record Pending(PublicKeyCredentialCreationOptions options, Instant expires) {
    }
}
