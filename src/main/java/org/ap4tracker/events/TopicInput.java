package org.ap4tracker.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ap4tracker.system.BoundaryRules;
import org.jspecify.annotations.Nullable;

/** A topic as an editor writes it. The slug is used in timeline addresses, so it is fixed once created. */
@BoundaryRules.Checked
// Deliberate parallel of DevelopmentInput's slug rules; the messages and lengths belong to each resource, so they stay apart.
public record TopicInput(
        @NotBlank(groups = OnCreate.class, message = "{topic.slug.required}")
        @Size(max = 64, message = "{topic.slug.tooLong}")
        @Pattern(regexp = ReferenceDataEditor.SLUG_OR_EMPTY, message = "{topic.slug.format}")
        @Nullable String slug,
        @NotBlank(message = "{topic.label.required}") @Size(max = 80, message = "{topic.label.tooLong}")
        @Nullable String label) {

    public static TopicInput blank() {
        return new TopicInput(null, null);
    }
}
