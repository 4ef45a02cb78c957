package org.ap4tracker.accounts;

import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * The one shape of an account form post, the same as the desk's reference-data forms: when the form binds
 * cleanly, the write runs and the user is sent on; when the form or {@link Accounts} refuses, the controller
 * shows the form again, with the refusal beside its field like any validation message.
 * <p>
 * Its own small class rather than the reference forms' {@code ReferenceForm} in {@code admin}: that one turns the
 * events module's refusals into field errors, and {@code accounts} neither uses {@code admin} nor {@code events}.
 */
final class AccountForm {

    private AccountForm() {
    }

    /** Where to send the user after the write, or empty when the form must be shown again. */
    static Optional<String> submit(BindingResult binding, Supplier<String> write) {
        return submit(binding, null, write);
    }

    /** As {@link #submit(BindingResult, Supplier)}, with every refusal shown beside {@code field} when given. */
    static Optional<String> submit(BindingResult binding, @Nullable String field, Supplier<String> write) {
        if (binding.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(write.get());
        }
        catch (AccountException refused) {
            binding.rejectValue(field == null ? refused.field() : field, refused.messageCode());
            return Optional.empty();
        }
    }
}
