package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/**
 * A storyline's, actor's or topic's translation as an editor writes it: the name (a storyline's title)
 * required, a storyline's description optional. {@code version} is the version the editor started from, null for
 * a new translation; a save on top of someone else's is refused.
 */
public record NameTranslationInput(@Nullable String name, @Nullable String description, @Nullable Long version,
        @Nullable String changeNote) {

    public static final int DESCRIPTION_MAX = 2000;
}
