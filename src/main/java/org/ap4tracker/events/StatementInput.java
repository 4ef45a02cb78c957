package org.ap4tracker.events;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ap4tracker.system.BoundaryRules;
import org.jspecify.annotations.Nullable;

/** One attributed statement of an event: who said what, in which language, with what stance. */
@BoundaryRules.Checked
public record StatementInput(
        @NotBlank(message = "{event.statement.speaker.required}") @Size(max = 200, message = "{event.statement.speaker.tooLong}")
        @Nullable String speaker,
        @Size(max = 300, message = "{event.statement.speakerRole.tooLong}") @Nullable String speakerRole,
        @Nullable String actor,
        @Nullable LocalDate statedOn,
        @Size(max = 4000, message = "{event.statement.quote.tooLong}") @Nullable String quote,
        @Size(max = 1000, message = "{event.statement.paraphrase.tooLong}") @Nullable String paraphrase,
        @Pattern(regexp = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", message = "{event.statement.language.format}")
        @Size(max = 35, message = "{event.statement.language.format}")
        @Nullable String language,
        @Size(max = 4000, message = "{event.statement.originalText.tooLong}") @Nullable String originalText,
        @NotNull(message = "{event.statement.stance.required}") @Nullable Stance stance,
        @Size(max = 2000, message = "{event.source.url.tooLong}")
        @Pattern(regexp = EventInput.HTTP_URL, flags = Pattern.Flag.CASE_INSENSITIVE, message = "{event.url.http}")
        @Nullable String sourceUrl) {

    public StatementInput {
        speaker = EventInput.orNull(speaker);
        speakerRole = EventInput.orNull(speakerRole);
        actor = EventInput.orNull(actor);
        quote = EventInput.orNull(quote);
        paraphrase = EventInput.orNull(paraphrase);
        language = EventInput.orNull(language);
        originalText = EventInput.orNull(originalText);
        sourceUrl = EventInput.orNull(sourceUrl);
    }

    public static StatementInput blank() {
        return new StatementInput(null, null, null, null, null, null, "en", null, null, null);
    }

    boolean isBlank() {
        return EventInput.allBlank(speaker, speakerRole, actor, quote, paraphrase, originalText, sourceUrl)
                && statedOn == null && stance == null;
    }
}
