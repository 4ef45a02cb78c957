package org.ap4tracker.events;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An event in any state, as the editors' event list shows it, with where its translation into each language
 * stands (in {@code ContentTranslations.languages()} order).
 */
public record DeskEvent(long id, String slug, String title, EventStatus status, EventType type, HonestDate date,
        @Nullable String developmentTitle, Instant updatedAt, String updatedBy,
        Map<String, TranslationState> translations) {

    public DeskEvent(long id, String slug, String title, EventStatus status, EventType type, HonestDate date,
            @Nullable String developmentTitle, Instant updatedAt, String updatedBy) {
        this(id, slug, title, status, type, date, developmentTitle, updatedAt, updatedBy, Map.of());
    }
}
