package org.ap4tracker.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An editor or administrator. The password is only ever held as a hash. */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled = true;

    private Instant createdAt;

    private Instant passwordChangedAt;

    /** Raised by every password change; sessions signed in under an older value are ended. */
    private long credentialsVersion;

    @Version
    private @Nullable Long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, Role role, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.credentialsVersion++;
    }

    void rehash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    void update(String displayName, Role role) {
        this.displayName = displayName;
        this.role = role;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getCredentialsVersion() {
        return credentialsVersion;
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
