package org.ap4tracker.accounts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.ap4tracker.audit.AuditLog;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/**
 * The passkeys of an account, as Spring Security's WebAuthn support stores them: listed and removed by
 * their owner, all reset at once by an administrator when a user has lost theirs (the recovery path; the
 * user then signs in with the password and registers a new one).
 */
@Service
class Passkeys {

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final AccountSessions sessions;
    private final AuditLog auditLog;

    Passkeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
            AccountSessions sessions, AuditLog auditLog) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.sessions = sessions;
        this.auditLog = auditLog;
    }

    List<Passkey> of(String username) {
        return records(username).stream()
                .map(record -> new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(),
                        record.getCreated(), record.getLastUsed()))
                .sorted(Comparator.comparing(Passkey::created))
                .toList();
    }

    boolean hasAny(String username) {
        return !records(username).isEmpty();
    }

    /** Removes one of the user's own passkeys; an id that is not theirs changes nothing. */
    boolean remove(String username, String credentialId) {
        for (CredentialRecord record : records(username)) {
            if (record.getCredentialId().toBase64UrlString().equals(credentialId)) {
                credentials.delete(record.getCredentialId());
                return true;
            }
        }
        return false;
    }

    /** Removes every passkey of the account and ends its sessions. */
    int reset(String username) {
        List<CredentialRecord> records = records(Accounts.normalise(username));
        records.forEach(record -> credentials.delete(record.getCredentialId()));
        auditLog.record("PASSKEYS_RESET", "user", Accounts.normalise(username), records.size() + " passkey(s)");
        sessions.endAll(Accounts.normalise(username), null);
        return records.size();
    }

    private List<CredentialRecord> records(String username) {
        PublicKeyCredentialUserEntity user = userEntities.findByUsername(username);
        return user == null ? List.of() : credentials.findByUserId(user.getId());
    }

    /** One passkey as the Account page lists it; the id is the credential's public id, not a secret. */
    record Passkey(String id, String label, Instant created, @Nullable Instant lastUsed) {
    }

}
