package org.ap4tracker.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ap4tracker.system.BoundaryRules;
import org.jspecify.annotations.Nullable;

/**
 * An actor as an editor writes it. The code (ISO 3166 alpha-2 for states, e.g. JP; NATO; an abbreviation
 * for other organisations) is its public address, given when it is created and fixed afterwards.
 */
@BoundaryRules.Checked
public record ActorInput(
        @NotBlank(groups = OnCreate.class, message = "{actor.code.required}")
        @Pattern(regexp = "^([A-Z][A-Z0-9-]{1,15})?$", message = "{actor.code.format}")
        @Nullable String code,
        @NotBlank(message = "{actor.name.required}") @Size(max = 120, message = "{actor.name.tooLong}")
        @Nullable String name,
        @NotNull(message = "{actor.kind.required}") @Nullable ActorKind kind,
        boolean asiaPacificPartner) {

    public static ActorInput blank() {
        return new ActorInput(null, null, ActorKind.STATE, false);
    }
}
