package org.ap4tracker.accounts;

import java.util.List;

import org.ap4tracker.audit.AuditLog;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring Security's JDBC store of passkeys, with every passkey added or removed written to the audit log,
 * whichever way it happens (the registration endpoint, Spring's own delete endpoint, the Account page).
 */
final class AuditedPasskeyCredentials implements UserCredentialRepository {

    private final UserCredentialRepository credentials;
    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final AuditLog auditLog;

    AuditedPasskeyCredentials(UserCredentialRepository credentials, PublicKeyCredentialUserEntityRepository userEntities,
            AuditLog auditLog) {
        this.credentials = credentials;
        this.userEntities = userEntities;
        this.auditLog = auditLog;
    }

    @Override
    public void save(CredentialRecord record) {
        boolean added = credentials.findByCredentialId(record.getCredentialId()) == null;
        credentials.save(record);
        if (added) {
            auditLog.record("PASSKEY_ADDED", "user", owner(record), record.getLabel());
        }
    }

    @Override
    public void delete(Bytes credentialId) {
        CredentialRecord record = credentials.findByCredentialId(credentialId);
        credentials.delete(credentialId);
        if (record != null) {
            auditLog.record("PASSKEY_REMOVED", "user", owner(record), record.getLabel());
        }
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return credentials.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return credentials.findByUserId(userId);
    }

    private @Nullable String owner(CredentialRecord record) {
        PublicKeyCredentialUserEntity user = userEntities.findById(record.getUserEntityUserId());
        return user == null ? null : user.getName();
    }
}
