package org.ap4tracker.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.ap4tracker.audit.AuditLog;
import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A user's signed-in sessions, found through Spring Session's principal-name index, on every instance since
 * they live in PostgreSQL. Session ids are what a cookie carries, so pages never see them: each session is
 * named by a short digest of its id instead.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditLog auditLog;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, AuditLog auditLog) {
        this.sessions = sessions;
        this.auditLog = auditLog;
    }

    /** The account's sessions, the most recently used first. */
    List<ActiveSession> of(String username, @Nullable String currentSessionId) {
        return sessions.findByPrincipalName(username).values().stream()
                .filter(session -> !session.isExpired())
                .map(session -> new ActiveSession(handle(session.getId()), session.getCreationTime(),
                        session.getLastAccessedTime(), session.getAttribute(SignedInSession.CLIENT_ADDRESS),
                        session.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(ActiveSession::lastSeen).reversed())
                .toList();
    }

    /** Ends every session of the account but {@code keepSessionId}, if given; returns how many ended. */
    int endAll(String username, @Nullable String keepSessionId) {
        List<String> ending = sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .toList();
        ending.forEach(sessions::deleteById);
        if (!ending.isEmpty()) {
            auditLog.record("SESSIONS_ENDED", "user", username, ending.size() + " session(s)"
                    + (keepSessionId == null ? "" : ", this one kept"));
        }
        return ending.size();
    }

    /** Ends one of the account's own sessions, named by its handle; someone else's is left alone. */
    boolean end(String username, String sessionHandle) {
        for (Map.Entry<String, ? extends Session> session : sessions.findByPrincipalName(username).entrySet()) {
            if (handle(session.getKey()).equals(sessionHandle)) {
                sessions.deleteById(session.getKey());
                auditLog.record("SESSIONS_ENDED", "user", username, "1 session(s), started "
                        + session.getValue().getCreationTime());
                return true;
            }
        }
        return false;
    }

    static String handle(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    /** One session as the Account page lists it. */
    record ActiveSession(String handle, Instant started, Instant lastSeen, @Nullable String clientAddress,
            boolean current) {
    }
}
