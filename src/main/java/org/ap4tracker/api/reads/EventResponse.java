package org.ap4tracker.api.reads;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.EventStatus;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.RelatedEvent;
import org.jspecify.annotations.Nullable;

// Deliberate parallel of EventSummaryResponse's fields (updatedAt to lang): records share no fields, and each
// schema describes itself in the OpenAPI document.
@Schema(name = "Event", description = """
        An event with its sources, statements and related events. Readers only ever see published events; \
        editors also see drafts and withdrawn events in full.""")
public record EventResponse(
        @Schema(example = "2023-07-12-nato-japan-itpp-agreed") String slug,
        String title,
        String summary,
        @Schema(description = "Longer text in CommonMark Markdown.", types = {"string", "null"})
        @Nullable String body,
        EventType type,
        HonestDateResponse date,
        @Schema(types = {"string", "null"}, example = "Vilnius") @Nullable String location,
        @Schema(nullable = true) @Nullable DevelopmentRefResponse development,
        @Schema(description = "NATO first, then by name.") List<ActorRefResponse> actors,
        List<TopicRefResponse> topics,
        @Schema(description = "In the order they support the event; a published event has at least one.") List<SourceResponse> sources,
        List<StatementResponse> statements,
        @Schema(description = """
                Slugs of related events, oldest first: published ones for readers, every one for editors.""",
                example = "[\"2023-07-11-vilnius-summit\"]")
        List<String> related,
        @Schema(description = "PUBLISHED for readers; editors also see DRAFT and WITHDRAWN.") EventStatus status,
        @Schema(description = "Why a withdrawn event was withdrawn (editors only; readers get 410).",
                types = {"string", "null"})
        @Nullable String withdrawnReason,
        @Schema(description = "When the event was first published; null for a draft never published.",
                types = {"string", "null"}, format = "date-time")
        @Nullable Instant publishedAt,
        @Schema(description = "When the event's record last changed.") Instant updatedAt,
        @Schema(description = "Goes up with every change to the event's record.") long version,
        @Schema(description = "The event in this API.", format = "uri") String url,
        @Schema(description = "The event's page on the site.", format = "uri") String pageUrl,
        @Schema(description = """
                The language of title and summary: the one asked for (lang, Accept-Language) where the event is \
                translated into it, else en, the original.""", allowableValues = {"en", "ja", "ko"}) String language,
        @Schema(description = """
                The language of the body, which a translation may leave untranslated (then en); null without a \
                body.""", types = {"string", "null"}, allowableValues = {"en", "ja", "ko"}) @Nullable String bodyLanguage) {

    public static EventResponse of(EventDetail event, HonestDateFormat dates, ApiLinks links) {
        return new EventResponse(event.slug(), event.title(), event.summary(), event.body(), event.type(),
                HonestDateResponse.of(event.date(), dates), event.location(),
                event.development() == null ? null : DevelopmentRefResponse.of(event.development(), links),
                event.actors().stream().map(ActorRefResponse::of).toList(),
                event.topics().stream().map(TopicRefResponse::of).toList(),
                event.sources().stream().map(SourceResponse::of).toList(),
                event.statements().stream().map(StatementResponse::of).toList(),
                event.related().stream().map(RelatedEvent::slug).toList(), event.status(), event.withdrawnReason(),
                event.publishedAt(), event.updatedAt(), event.version(),
                links.event(event.slug()), links.page("/events/" + event.slug()), event.language(),
                event.body() == null ? null : event.bodyLanguage());
    }
}
