package org.ap4tracker.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.system.BoundaryRules;
import org.jspecify.annotations.Nullable;

@BoundaryRules.Checked
@Schema(name = "WithdrawRequest", description = "Why a published event is withdrawn.", requiredProperties = "reason")
record WithdrawRequest(
        @Schema(description = "The public reason, shown on the event's tombstone (up to 600 characters).",
                maxLength = 600, example = "A duplicate of the Vilnius summit entry.")
        @Nullable String reason,
        @Schema(description = "A note for the event's history (up to 1,000 characters).", types = {"string", "null"},
                maxLength = 1000, requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @Nullable String note) {
}
