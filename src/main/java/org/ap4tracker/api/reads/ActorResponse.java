package org.ap4tracker.api.reads;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.events.ActorKind;
import org.ap4tracker.events.ActorRef;
import org.jspecify.annotations.Nullable;

@Schema(name = "Actor", description = "An alliance, state or organisation that events involve.")
record ActorResponse(
        @Schema(description = "NATO, or an ISO 3166 alpha-2 code. Use it in the actor filter.", example = "JP")
        String code,
        @Schema(example = "Japan") String name,
        ActorKind kind,
        @Schema(description = "Whether it is one of NATO's four Asia-Pacific partners (AP4).")
        boolean asiaPacificPartner,
        @Schema(description = "Its Wikidata item, or null.", example = "Q17", types = {"string", "null"})
        @Nullable String wikidata,
        @Schema(description = "The Wikidata item's address, or null.", types = {"string", "null"}, format = "uri")
        @Nullable String wikidataUrl,
        @Schema(description = "The events involving this actor.", format = "uri") String eventsUrl,
        @Schema(description = "The actor's page on the site.", format = "uri") String pageUrl) {

    static ActorResponse of(ActorRef actor, ApiLinks links) {
        return new ActorResponse(actor.code(), actor.name(), actor.kind(), actor.asiaPacificPartner(),
                actor.wikidataId(), actor.wikidataUrl(),
                links.apiBuilder("/events").queryParam("actor", actor.code()).toUriString(),
                links.page("/actors/" + actor.code()));
    }
}
