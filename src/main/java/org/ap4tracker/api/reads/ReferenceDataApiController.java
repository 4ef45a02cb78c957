package org.ap4tracker.api.reads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.api.http.ApiMediaTypes;
import org.ap4tracker.api.http.PublicResponses;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.system.ReadsOnOneConnection;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ApiLinks.BASE_PATH, produces = ApiMediaTypes.JSON)
@Tag(name = "Reference data", description = "The actors and topics that events can be filtered by.")
class ReferenceDataApiController {

    private final EventCatalog catalog;
    private final PublicResponses responses;

    ReferenceDataApiController(EventCatalog catalog, PublicResponses responses) {
        this.catalog = catalog;
        this.responses = responses;
    }

    @GetMapping("/actors")
    @ReadsOnOneConnection
    @Operation(summary = "List actors", description = "Their codes are what the events list's actor filter takes.")
    @ApiResponse(responseCode = "200", description = "The actors.")
    ResponseEntity<ActorListResponse> actors() {
        return responses.list(catalog.lastChange(), links -> new ActorListResponse(
                catalog.actors().stream().map(actor -> ActorResponse.of(actor, links)).toList()));
    }

    // Parallel to actors() on purpose: each list describes itself in the OpenAPI document.
    @GetMapping("/topics")
    @ReadsOnOneConnection
    @Operation(summary = "List topics", description = "Their slugs are what the events list's topic filter takes.")
    @ApiResponse(responseCode = "200", description = "The topics.")
    ResponseEntity<TopicListResponse> topics() {
        return responses.list(catalog.lastChange(), links -> new TopicListResponse(
                catalog.topics().stream().map(topic -> TopicResponse.of(topic, links)).toList()));
    }
}
