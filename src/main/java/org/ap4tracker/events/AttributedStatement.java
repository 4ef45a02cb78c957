package org.ap4tracker.events;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What a named speaker said: a verbatim quote where one was published, otherwise a paraphrase. */
public record AttributedStatement(
        String speaker,
        @Nullable String speakerRole,
        @Nullable ActorRef actor,
        @Nullable LocalDate statedOn,
        @Nullable String quote,
        @Nullable String paraphrase,
        String language,
        @Nullable String originalText,
        Stance stance,
        @Nullable String sourceUrl) {
}
