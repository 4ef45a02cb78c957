package org.ap4tracker.accounts;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A signed-in user's own password change; the new password is typed twice to catch typos. */
record PasswordChangeForm(
        @NotBlank(message = "{account.password.currentRequired}") @Nullable String currentPassword,
        @NotBlank(message = "{account.password.required}") @Nullable String password,
        @Nullable String confirmation) {
}
