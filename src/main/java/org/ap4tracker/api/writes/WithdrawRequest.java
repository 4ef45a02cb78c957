package org.ap4tracker.api.writes;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ap4tracker.system.BoundaryRules;
import org.jspecify.annotations.Nullable;

/** Public only so that the boundary rule's validator may read its accessors. */
@BoundaryRules.Checked
@Schema(name = "WithdrawRequest", description = "Why a published event is withdrawn.", requiredProperties = "reason")
public record WithdrawRequest(
        @Schema(description = "The public reason, shown on the event's tombstone (up to 600 characters).",
                maxLength = 600, example = "A duplicate of the Vilnius summit entry.")
        @NotBlank(message = "{event.rule.withdrawNeedsReason}") @Size(max = 600, message = "{event.withdraw.reasonTooLong}")
        @Nullable String reason,
        @Schema(description = "A note for the event's history (up to 1,000 characters).", types = {"string", "null"},
                maxLength = 1000, requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @Size(max = 1000, message = "{event.changeNote.tooLong}") @Nullable String note) {
}
