package org.ap4tracker.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new account as an administrator types it. The password rules live in {@link PasswordPolicy}. */
record UserForm(
        @NotBlank(message = "{account.username.required}") @Size(max = 64, message = "{account.username.format}")
        @Nullable String username,
        @NotBlank(message = "{account.displayName.required}") @Size(max = 120, message = "{account.displayName.tooLong}")
        @Nullable String displayName,
        @NotNull(message = "{account.role.required}") @Nullable Role role,
        @NotBlank(message = "{account.password.required}") @Nullable String password) {

    static UserForm blank() {
        return new UserForm(null, null, Role.EDITOR, null);
    }
}
