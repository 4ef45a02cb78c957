package org.ap4tracker.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One language of an event at the desk: the English original beside its translation (empty while missing),
 * where the translation stands, and its history, newest first.
 */
public record EventTranslationDraft(
        String slug,
        String lang,
        String originalTitle,
        String originalSummary,
        @Nullable String originalBody,
        TranslationState state,
        @Nullable String title,
        @Nullable String summary,
        @Nullable String body,
        @Nullable String translatedBy,
        @Nullable Instant updatedAt,
        @Nullable Long version,
        List<Revision> history) {

    /** A saved state of the translation: who, when, with what note, and the title it then had. */
    public record Revision(long id, Instant madeAt, String username, @Nullable String action,
            @Nullable String changeNote, @Nullable String title) {
    }
}
