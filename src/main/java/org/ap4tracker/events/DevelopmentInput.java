package org.ap4tracker.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ap4tracker.system.BoundaryRules;
import org.jspecify.annotations.Nullable;

/**
 * A storyline as an editor writes it. The slug is its public address, given when it is created and fixed
 * afterwards; the same rules hold as constraints on the {@code development} table.
 */
@BoundaryRules.Checked
// Deliberate parallel of TopicInput's slug rules; the messages and lengths belong to each resource, so they stay apart.
public record DevelopmentInput(
        @NotBlank(groups = OnCreate.class, message = "{development.slug.required}")
        @Size(max = 100, message = "{development.slug.tooLong}")
        @Pattern(regexp = ReferenceDataEditor.SLUG_OR_EMPTY, message = "{development.slug.format}")
        @Nullable String slug,
        @NotBlank(message = "{development.title.required}") @Size(max = 160, message = "{development.title.tooLong}")
        @Nullable String title,
        @Size(max = 2000, message = "{development.description.tooLong}") @Nullable String description,
        @NotNull(message = "{development.status.required}") @Nullable DevelopmentStatus status,
        @Size(max = 1000, message = "{development.changeNote.tooLong}") @Nullable String changeNote) {

    /** A new storyline's form: most storylines start as a proposal. */
    public static DevelopmentInput blank() {
        return new DevelopmentInput(null, null, null, DevelopmentStatus.PROPOSED, null);
    }
}
