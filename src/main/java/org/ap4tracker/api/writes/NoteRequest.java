package org.ap4tracker.api.writes;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.ap4tracker.system.BoundaryRules;
import org.jspecify.annotations.Nullable;

/** Public only so that the boundary rule's validator may read its accessors. */
@BoundaryRules.Checked
@Schema(name = "NoteRequest", description = "An optional note for the event's history; the body may be left out.")
public record NoteRequest(
        @Schema(description = "Why, for the event's history (up to 1,000 characters).", types = {"string", "null"},
                maxLength = 1000, requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @Size(max = 1000, message = "{event.changeNote.tooLong}") @Nullable String note) {

    static final NoteRequest NONE = new NoteRequest(null);
}
