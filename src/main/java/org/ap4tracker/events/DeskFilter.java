package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/**
 * Which events the editors' list shows: any combination of a status, a type, a storyline and a translation
 * that needs work ({@link TranslationState#MISSING} or {@link TranslationState#OUTDATED} in any language).
 */
public record DeskFilter(@Nullable EventStatus status, @Nullable EventType type, @Nullable String development,
        @Nullable TranslationState translation) {

    public DeskFilter(@Nullable EventStatus status, @Nullable EventType type, @Nullable String development) {
        this(status, type, development, null);
    }
}
