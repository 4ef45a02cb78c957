package org.ap4tracker.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An earlier saved state of an event's translation, as a restore would bring it back: its text, who saved it and
 * when, whether readers would see it at once (the event is published), and the version of the translation now,
 * which a restore must start from.
 */
public record EventTranslationRevision(
        String slug,
        String lang,
        String originalTitle,
        long revision,
        String username,
        Instant madeAt,
        String title,
        String summary,
        @Nullable String body,
        boolean published,
        long currentVersion) {
}
