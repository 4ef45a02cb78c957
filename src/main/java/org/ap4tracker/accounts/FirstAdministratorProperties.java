package org.ap4tracker.accounts;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator's password, used once, on the first start with no accounts at all.
 *
 * @param initialAdminPassword the password of the administrator {@code admin} created on the first start
 *        ({@code AP4_ADMIN_PASSWORD}); when unset or blank, one is generated and printed to the log this once
 */
@ConfigurationProperties("ap4.accounts")
record FirstAdministratorProperties(@Nullable String initialAdminPassword) {
}
