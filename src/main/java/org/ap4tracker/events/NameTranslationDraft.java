package org.ap4tracker.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One language of a storyline, actor or topic at the desk: the English original (a storyline's title and
 * description, an actor's name, a topic's label) beside its translation (empty while missing), where the
 * translation stands, and its history, newest first.
 */
public record NameTranslationDraft(
        TranslatedName kind,
        String key,
        String lang,
        String originalName,
        @Nullable String originalDescription,
        TranslationState state,
        @Nullable String name,
        @Nullable String description,
        @Nullable String translatedBy,
        @Nullable Instant updatedAt,
        @Nullable Long version,
        List<EventTranslationDraft.Revision> history) {
}
