package org.ap4tracker.api.reads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.api.http.ApiMediaTypes;
import org.ap4tracker.api.http.ApiProblemException;
import org.ap4tracker.api.http.Problem;
import org.ap4tracker.api.http.PublicResponses;
import org.ap4tracker.events.DevelopmentSummary;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.StorylineAssessments;
import org.ap4tracker.system.ReadsOnOneConnection;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ApiLinks.BASE_PATH, produces = ApiMediaTypes.JSON)
@Tag(name = "Storylines", description = "Developments followed through their events, such as the Tokyo office.")
class DevelopmentsApiController {

    private final EventCatalog catalog;
    private final HonestDateFormat dates;
    private final PublicResponses responses;
    private final StorylineAssessments assessments;

    DevelopmentsApiController(EventCatalog catalog, HonestDateFormat dates, PublicResponses responses,
            StorylineAssessments assessments) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.dates = dates;
        this.responses = responses;
    }

    @GetMapping("/developments")
    @ReadsOnOneConnection
    @Operation(summary = "List storylines", description = "Every storyline, the most recently moved first.")
    @ApiResponse(responseCode = "200", description = "The storylines.")
    ResponseEntity<DevelopmentListResponse> developments() {
        return responses.list(catalog.lastChange(), links -> new DevelopmentListResponse(
                catalog.developments().stream().map(development -> DevelopmentResponse.of(development, dates, links))
                        .toList()));
    }

    @GetMapping("/developments/{slug}")
    @ReadsOnOneConnection
    @Operation(summary = "Get one storyline", description = """
            The storyline with its status and when it last moved; eventsUrl lists its milestones.""")
    @ApiResponse(responseCode = "200", description = "The storyline.")
    @ApiResponse(responseCode = "404", description = "No storyline has this slug.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<DevelopmentResponse> development(@PathVariable String slug) {
        var lastModified = catalog.lastChange();
        DevelopmentSummary development = catalog.development(slug).orElseThrow(
                () -> ApiProblemException.notFound("There is no storyline with the slug '%s'.".formatted(slug)));
        return responses.resource(lastModified, DevelopmentResponse.of(development, dates, responses.links(),
                assessments.of(slug)));
    }
}
