package org.ap4tracker.api.reads;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.events.SourceCitation;
import org.ap4tracker.events.SourceKind;
import org.jspecify.annotations.Nullable;

@Schema(name = "Source", description = "Where an event's facts come from, in the order they support it.")
record SourceResponse(
        @Schema(description = "Null for a print-only source.", types = {"string", "null"}, format = "uri")
        @Nullable String url,
        String title,
        @Schema(types = {"string", "null"}) @Nullable String publisher,
        @Schema(types = {"string", "null"}, format = "date") @Nullable LocalDate publishedOn,
        @Schema(types = {"string", "null"}, format = "date") @Nullable LocalDate accessedOn,
        @Schema(description = "An archived copy.", types = {"string", "null"}, format = "uri")
        @Nullable String archiveUrl,
        @Schema(description = "What kind of text the source is: an official document, statement or transcript, "
                + "a news report, analysis, or an opinion piece.")
        SourceKind kind,
        @Schema(description = "Whether the link checker last found the address gone (404 or 410); the archived "
                + "copy, when there is one, is then the one to read.")
        boolean linkDead) {

    static SourceResponse of(SourceCitation source) {
        return new SourceResponse(source.url(), source.title(), source.publisher(), source.publishedOn(),
                source.accessedOn(), source.archiveUrl(), source.kind(), source.linkDead());
    }
}
