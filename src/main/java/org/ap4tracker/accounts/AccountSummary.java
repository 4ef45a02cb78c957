package org.ap4tracker.accounts;

import java.time.Instant;

/** An account as the user administration screen lists it. */
public record AccountSummary(String username, String displayName, Role role, boolean enabled, Instant createdAt,
        Instant passwordChangedAt) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.getUsername(), account.getDisplayName(), account.getRole(),
                account.isEnabled(), account.getCreatedAt(), account.getPasswordChangedAt());
    }
}
