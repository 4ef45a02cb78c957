package org.ap4tracker.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An earlier saved state of a storyline's, actor's or topic's translation, as a restore would bring it back: its
 * text, who saved it and when, and the version of the translation now, which a restore must start from. Unlike an
 * event's, a name has no draft state: readers of that language see a restored name at once.
 */
public record NameTranslationRevision(
        TranslatedName kind,
        String key,
        String lang,
        String originalName,
        long revision,
        String username,
        Instant madeAt,
        String name,
        @Nullable String description,
        long currentVersion) {
}
