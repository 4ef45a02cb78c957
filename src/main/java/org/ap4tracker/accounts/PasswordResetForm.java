package org.ap4tracker.accounts;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A new password an administrator sets for someone else. */
record PasswordResetForm(@NotBlank(message = "{account.password.required}") @Nullable String password) {
}
