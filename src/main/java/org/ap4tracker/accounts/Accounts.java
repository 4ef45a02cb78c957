package org.ap4tracker.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ap4tracker.audit.AuditLog;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and manages editor and administrator accounts. Disabling an account or resetting its password
 * ends every session it has, on every app instance, because sessions live in PostgreSQL.
 */
@Service
@Transactional
public class Accounts {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final AuditLog auditLog;
    private final Clock clock;

    Accounts(UserAccountRepository repository, PasswordEncoder passwordEncoder,
            FindByIndexNameSessionRepository<?> sessions, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> all() {
        return repository.findAllByOrderByUsername().stream().map(AccountSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(String username) {
        return repository.findByUsername(username).map(AccountSummary::of);
    }

    public AccountSummary create(String username, String displayName, Role role, String password) {
        String name = normalise(username);
        if (!name.matches("^[a-z0-9][a-z0-9._-]{1,63}$")) {
            throw new AccountException("username", "account.username.format");
        }
        if (repository.findByUsername(name).isPresent()) {
            throw new AccountException("username", "account.username.taken");
        }
        PasswordPolicy.check(name, password);
        UserAccount account = repository.save(new UserAccount(name, displayName.strip(), role,
                passwordEncoder.encode(password), clock.instant()));
        auditLog.record("ACCOUNT_CREATED", "user", name, "role " + role);
        return AccountSummary.of(account);
    }

    public void update(String username, String displayName, Role role) {
        UserAccount account = existing(username);
        if (account.getRole() == Role.ADMIN && role != Role.ADMIN && account.isEnabled()) {
            refuseIfLastAdministrator("role");
        }
        account.update(displayName.strip(), role);
        auditLog.record("ACCOUNT_UPDATED", "user", username, "role " + role);
    }

    /** Sets a new password chosen by an administrator and signs the account out everywhere. */
    public void resetPassword(String username, String newPassword) {
        UserAccount account = existing(username);
        PasswordPolicy.check(username, newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        endSessions(username);
        auditLog.record("PASSWORD_RESET", "user", username, null);
    }

    /** Lets a signed-in user change their own password, proving first that they know the current one. */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = existing(username);
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException("currentPassword", "account.password.currentWrong");
        }
        PasswordPolicy.check(username, newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        auditLog.record("PASSWORD_CHANGED", "user", username, null);
    }

    public void disable(String username) {
        UserAccount account = existing(username);
        if (account.getRole() == Role.ADMIN && account.isEnabled()) {
            refuseIfLastAdministrator("enabled");
        }
        account.enable(false);
        endSessions(username);
        auditLog.record("ACCOUNT_DISABLED", "user", username, null);
    }

    public void enable(String username) {
        existing(username).enable(true);
        auditLog.record("ACCOUNT_ENABLED", "user", username, null);
    }

    private void refuseIfLastAdministrator(String field) {
        if (repository.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new AccountException(field, "account.lastAdministrator");
        }
    }

    private void endSessions(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    private UserAccount existing(String username) {
        return repository.findByUsername(normalise(username))
                .orElseThrow(() -> new AccountNotFoundException(username));
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
