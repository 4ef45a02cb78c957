package org.ap4tracker.api.reads;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.api.http.KeptAsJson;
import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.HonestDateFormat;
import org.jspecify.annotations.Nullable;

// Deliberate parallel of EventResponse's fields (updatedAt to lang) and of the start of api.writes'
// DeskEventResponse: records share no fields, and each schema describes itself in the OpenAPI document.
@Schema(name = "EventSummary", description = "A published event as the timeline lists it.")
@KeptAsJson
record EventSummaryResponse(
        @Schema(example = "2023-07-12-nato-japan-itpp-agreed") String slug,
        String title,
        String summary,
        EventType type,
        HonestDateResponse date,
        @Schema(nullable = true) @Nullable DevelopmentRefResponse development,
        List<ActorRefResponse> actors,
        @Schema(description = "When the event's record last changed.") Instant updatedAt,
        @Schema(description = "Goes up with every change to the event's record.") long version,
        @Schema(description = "The event in this API.", format = "uri") String url,
        @Schema(description = "The event's page on the site.", format = "uri") String pageUrl,
        @Schema(description = """
                The language of title and summary: the one asked for (lang, Accept-Language) where the event is \
                translated into it, else en, the original.""", allowableValues = {"en", "ja", "ko"}) String language) {

    static EventSummaryResponse of(EventCard card, HonestDateFormat dates, ApiLinks links) {
        return new EventSummaryResponse(card.slug(), card.title(), card.summary(), card.type(),
                HonestDateResponse.of(card.date(), dates),
                card.development() == null ? null : DevelopmentRefResponse.of(card.development(), links),
                card.actors().stream().map(ActorRefResponse::of).toList(), card.updatedAt(), card.version(),
                links.event(card.slug()), links.page("/events/" + card.slug()), card.language());
    }
}
