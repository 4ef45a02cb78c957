package org.ap4tracker.api.reads;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.events.AttributedStatement;
import org.ap4tracker.events.Stance;
import org.jspecify.annotations.Nullable;

@Schema(name = "Statement", description = """
        What a named speaker said: a verbatim quote where one was published, otherwise a paraphrase (at least \
        one of the two is present).""")
record StatementResponse(
        String speaker,
        @Schema(types = {"string", "null"}) @Nullable String speakerRole,
        @Schema(description = "The actor the speaker spoke for, if any.", nullable = true)
        @Nullable ActorRefResponse actor,
        @Schema(types = {"string", "null"}, format = "date") @Nullable LocalDate statedOn,
        @Schema(types = {"string", "null"}) @Nullable String quote,
        @Schema(types = {"string", "null"}) @Nullable String paraphrase,
        @Schema(description = "BCP 47 language tag of the quote.", example = "en") String language,
        @Schema(description = "The quote in its original language, when translated.", types = {"string", "null"})
        @Nullable String originalText,
        @Schema(description = "The position the statement takes towards the development.") Stance stance,
        @Schema(types = {"string", "null"}, format = "uri") @Nullable String sourceUrl) {

    static StatementResponse of(AttributedStatement statement) {
        return new StatementResponse(statement.speaker(), statement.speakerRole(),
                statement.actor() == null ? null : ActorRefResponse.of(statement.actor()), statement.statedOn(),
                statement.quote(), statement.paraphrase(), statement.language(), statement.originalText(),
                statement.stance(), statement.sourceUrl());
    }
}
