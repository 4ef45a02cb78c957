package org.ap4tracker.accounts;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start, when there are no accounts at all, creates the administrator {@code admin}. Its
 * password comes from {@code AP4_ADMIN_PASSWORD}, or is generated and printed to the log this once. There
 * is no built-in default password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository repository;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final @Nullable String configuredPassword;

    FirstAdministrator(UserAccountRepository repository, Accounts accounts, TransactionTemplate transaction,
            FirstAdministratorProperties properties) {
        this.repository = repository;
        this.accounts = accounts;
        this.transaction = transaction;
        this.configuredPassword = properties.initialAdminPassword();
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            // Serialises first starts of several instances on one database: only one creates the account.
            repository.lockAccountTable();
            if (repository.count() > 0) {
                return;
            }
            boolean generated = configuredPassword == null || configuredPassword.isBlank();
            String password = generated ? randomPassword() : configuredPassword;
            accounts.create(USERNAME, "Administrator", Role.ADMIN, password);
            if (generated) {
                log.warn("Created the first administrator account '{}' with the generated password: {}  "
                        + "(shown only now; sign in at /login and change it under Account)", USERNAME, password);
            }
            else {
                log.info("Created the first administrator account '{}' with the password from AP4_ADMIN_PASSWORD",
                        USERNAME);
            }
        });
    }

    /** About 130 random bits as lower-case letters and digits: nothing a shell or a copy from the log mangles. */
    private static String randomPassword() {
        return new BigInteger(130, new SecureRandom()).toString(36);
    }
}
