package org.ap4tracker.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ap4tracker.audit.AuditLog;
import org.ap4tracker.audit.Auditor;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and manages editor and administrator accounts. Usernames are trimmed and lower-cased wherever they
 * come in, so {@code Editor} and {@code editor} are one account. Disabling an account or changing its
 * password ends its sessions on every app instance, because sessions live in PostgreSQL; and every request
 * checks its session against the account as it is now ({@link AccountStateFilter}), so a role change
 * applies from the next request.
 */
@Service
@Transactional
public class Accounts {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final LoginThrottle throttle;
    private final AccountSessions sessions;
    private final AuditLog auditLog;
    private final Auditor auditor;
    private final Clock clock;

    Accounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            LoginThrottle throttle, AccountSessions sessions, AuditLog auditLog, Auditor auditor, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.sessions = sessions;
        this.auditLog = auditLog;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> all() {
        return repository.findAllByOrderByUsername().stream().map(AccountSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(String username) {
        return repository.findByUsername(normalise(username)).map(AccountSummary::of);
    }

    /** The version a session must have signed in under to stay valid; see {@link AccountStateFilter}. */
    @Transactional(readOnly = true)
    long credentialsVersion(String username) {
        return existing(username).getCredentialsVersion();
    }

    public AccountSummary create(String username, String displayName, Role role, String password) {
        String name = normalise(username);
        if (!name.matches("^[a-z0-9][a-z0-9._-]{1,63}$")) {
            throw new AccountException("username", "account.username.format");
        }
        if (repository.findByUsername(name).isPresent()) {
            throw new AccountException("username", "account.username.taken");
        }
        passwordPolicy.check(name, password);
        UserAccount account = repository.save(new UserAccount(name, displayName.strip(), role,
                passwordEncoder.encode(password), clock.instant()));
        auditLog.record("ACCOUNT_CREATED", "user", name, "role " + role);
        return AccountSummary.of(account);
    }

    public void update(String username, String displayName, Role role) {
        UserAccount account = existing(username);
        Role before = account.getRole();
        if (before == Role.ADMIN && role != Role.ADMIN && account.isEnabled()) {
            refuseIfLastAdministrator("role");
        }
        account.update(displayName.strip(), role);
        auditLog.record("ACCOUNT_UPDATED", "user", account.getUsername(), "role " + role);
        if (before != role) {
            auditLog.record("ROLE_CHANGED", "user", account.getUsername(), before + " to " + role);
        }
    }

    /** Sets a new password chosen by an administrator and signs the account out everywhere. */
    public void resetPassword(String username, String newPassword) {
        UserAccount account = existing(username);
        passwordPolicy.check(account.getUsername(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        auditLog.record("PASSWORD_RESET", "user", account.getUsername(), null);
        sessions.endAll(account.getUsername(), null);
    }

    /**
     * Lets a signed-in user change their own password, proving first that they know the current one. That
     * proof is a password check like a sign-in, so the sign-in throttle counts it. Every other session of the
     * account ends; the caller keeps the current one under the returned credentials version.
     */
    @Transactional(noRollbackFor = AccountException.class)
    public long changeOwnPassword(String username, String currentPassword, String newPassword,
            @Nullable String keepSessionId) {
        UserAccount account = existing(username);
        Optional<Instant> locked = throttle.attempt(account.getUsername(), auditor.clientAddress());
        if (locked.isPresent()) {
            auditLog.record("PASSWORD_CHANGE_LOCKED", "user", account.getUsername(), "locked until " + locked.get());
            throw new AccountException("currentPassword", "account.password.locked");
        }
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            auditLog.record("PASSWORD_CHANGE_FAILED", "user", account.getUsername(), "wrong current password");
            throw new AccountException("currentPassword", "account.password.currentWrong");
        }
        throttle.succeeded(account.getUsername(), auditor.clientAddress());
        passwordPolicy.check(account.getUsername(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        auditLog.record("PASSWORD_CHANGED", "user", account.getUsername(), null);
        sessions.endAll(account.getUsername(), keepSessionId);
        return account.getCredentialsVersion();
    }

    public void disable(String username) {
        UserAccount account = existing(username);
        if (account.getRole() == Role.ADMIN && account.isEnabled()) {
            refuseIfLastAdministrator("enabled");
        }
        account.enable(false);
        auditLog.record("ACCOUNT_DISABLED", "user", account.getUsername(), null);
        sessions.endAll(account.getUsername(), null);
    }

    public void enable(String username) {
        UserAccount account = existing(username);
        account.enable(true);
        auditLog.record("ACCOUNT_ENABLED", "user", account.getUsername(), null);
    }

    private void refuseIfLastAdministrator(String field) {
        if (repository.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new AccountException(field, "account.lastAdministrator");
        }
    }

    private UserAccount existing(String username) {
        return repository.findByUsername(normalise(username))
                .orElseThrow(() -> new AccountNotFoundException(username));
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
