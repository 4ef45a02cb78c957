package org.ap4tracker.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.system.BoundaryRules;
import org.jspecify.annotations.Nullable;

@BoundaryRules.Checked
@Schema(name = "NoteRequest", description = "An optional note for the event's history; the body may be left out.")
record NoteRequest(
        @Schema(description = "Why, for the event's history (up to 1,000 characters).", types = {"string", "null"},
                maxLength = 1000, requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @Nullable String note) {

    static final NoteRequest NONE = new NoteRequest(null);
}
