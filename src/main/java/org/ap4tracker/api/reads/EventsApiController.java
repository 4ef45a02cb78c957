package org.ap4tracker.api.reads;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.ap4tracker.api.http.ApiCallers;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.api.http.ApiMediaTypes;
import org.ap4tracker.api.http.ApiProblemException;
import org.ap4tracker.api.http.Problem;
import org.ap4tracker.api.http.PublicResponses;
import org.ap4tracker.events.EditorialDesk;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.TimelinePage;
import org.ap4tracker.system.ReadsOnOneConnection;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ApiLinks.BASE_PATH, produces = ApiMediaTypes.JSON)
@Tag(name = "Events", description = "Published events: the timeline, filtered and paged, and each event in full.")
class EventsApiController {

    private final EventCatalog catalog;
    private final EditorialDesk desk;
    private final HonestDateFormat dates;
    private final PublicResponses responses;
    private final ApiCallers callers;

    EventsApiController(EventCatalog catalog, EditorialDesk desk, HonestDateFormat dates, PublicResponses responses,
            ApiCallers callers) {
        this.catalog = catalog;
        this.desk = desk;
        this.dates = dates;
        this.responses = responses;
        this.callers = callers;
    }

    @InitBinder("eventsQuery")
    void validateQuery(WebDataBinder binder, HttpServletRequest request) {
        binder.addValidators(new EventsQueryValidator(catalog, request.getParameterMap().keySet()));
    }

    @GetMapping("/events")
    @ReadsOnOneConnection
    @Operation(summary = "List published events", description = """
            Published events in timeline order, newest first unless order=oldest, filtered like the site's \
            timeline. Pages by keyset: follow next (or the Link header) until it is null. A page starts after \
            the last event of the one before, so events added while you page never make you see an event twice \
            or miss one that was already there.""")
    @ApiResponse(responseCode = "200", description = "One page of events.")
    @ApiResponse(responseCode = "400", description = """
            A parameter is malformed, unknown, or names an actor, topic or storyline that does not exist; or \
            the cursor was not issued by this API.""",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<EventPageResponse> events(@ParameterObject @Valid EventsQuery query) {
        var lastModified = catalog.lastChange();
        TimelinePage page = catalog.timeline(query.filter(), query.position(), query.pageSize());
        ApiLinks links = responses.links();
        String next = page.next() == null ? null : query.continuedAfter(page.next(), links);
        HttpHeaders headers = new HttpHeaders();
        if (next != null) {
            headers.add(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        var body = new EventPageResponse(
                page.events().stream().map(card -> EventSummaryResponse.of(card, dates, links)).toList(), next);
        return responses.list(lastModified, body, headers);
    }

    @GetMapping("/events/{slug}")
    @ReadsOnOneConnection
    @Operation(summary = "Get one event", description = """
            The event with its sources, statements, actors, topics, storyline and related events. For readers, \
            a withdrawn event answers 410 with the reason and drafts do not exist. Editors (signed in by token \
            or session) get every event in full, drafts and withdrawn ones included, with status and \
            withdrawnReason; their responses are private, no-store. The strong ETag is what If-Match takes \
            when the event is changed.""")
    @ApiResponse(responseCode = "200", description = "The event.")
    @ApiResponse(responseCode = "404", description = "No event this caller may see has this slug.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "410", description = "The event was withdrawn; reason says why (readers only).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<EventResponse> event(@PathVariable String slug) {
        var lastModified = catalog.lastChangeOf(slug);
        if (callers.editor()) {
            EventDetail event = desk.event(slug).orElseThrow(() -> ApiProblemException.notFound(
                    "There is no event with the slug '%s'.".formatted(slug)));
            return responses.resource(lastModified.or(() -> Optional.of(event.updatedAt())),
                    EventResponse.of(event, dates, responses.links()));
        }
        EventDetail event = catalog.publicEvent(slug).orElseThrow(() -> noEvent(slug));
        if (event.isWithdrawn()) {
            throw ApiProblemException.withdrawn(event);
        }
        return responses.resource(lastModified, EventResponse.of(event, dates, responses.links()));
    }

    private static ApiProblemException noEvent(String slug) {
        return ApiProblemException.notFound("There is no public event with the slug '%s'.".formatted(slug));
    }
}
