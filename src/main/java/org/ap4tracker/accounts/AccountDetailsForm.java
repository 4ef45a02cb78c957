package org.ap4tracker.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An existing account's name and role, as an administrator edits them. */
record AccountDetailsForm(
        @NotBlank(message = "{account.displayName.required}") @Size(max = 120, message = "{account.displayName.tooLong}")
        @Nullable String displayName,
        @NotNull(message = "{account.role.required}") @Nullable Role role) {
}
