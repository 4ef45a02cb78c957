package org.ap4tracker.api.reads;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.events.ActorRef;
import org.jspecify.annotations.Nullable;

@Schema(name = "ActorRef", description = "An actor an event involves; /api/v1/actors has the full record.")
record ActorRefResponse(
        @Schema(description = "NATO, or an ISO 3166 alpha-2 code.", example = "JP") String code,
        @Schema(example = "Japan") String name,
        @Schema(description = "Its Wikidata item, or null.", example = "Q17", types = {"string", "null"})
        @Nullable String wikidata,
        @Schema(description = "The language of the name: the one asked for where translated, else en.",
                allowableValues = {"en", "ja", "ko"}) String language) {

    static ActorRefResponse of(ActorRef actor) {
        return new ActorRefResponse(actor.code(), actor.name(), actor.wikidataId(), actor.language());
    }
}
