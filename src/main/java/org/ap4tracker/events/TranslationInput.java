package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/**
 * A translation as an editor writes it: title and summary required, body optional (without one, readers see
 * the English body, marked as English). {@code version} is the version the editor started from, null for a
 * new translation; a save on top of someone else's is refused.
 */
public record TranslationInput(@Nullable String title, @Nullable String summary, @Nullable String body,
        @Nullable Long version, @Nullable String changeNote) {

    public static final int TITLE_MAX = 160;
    public static final int SUMMARY_MAX = 600;
    public static final int BODY_MAX = 20_000;
}
