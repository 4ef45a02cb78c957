package org.ap4tracker.api.writes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.api.http.ApiMediaTypes;
import org.ap4tracker.api.http.ApiProblemException;
import org.ap4tracker.api.http.Problem;
import org.ap4tracker.api.http.PublicResponses;
import org.ap4tracker.api.reads.EventsQuery;
import org.ap4tracker.api.reads.QueryValues;
import org.ap4tracker.events.DeskFilter;
import org.ap4tracker.events.DeskPage;
import org.ap4tracker.events.EditorialDesk;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventStatus;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.InvalidCursorException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editors' list of every event, drafts and withdrawn ones included, so that a script can find what
 * readers cannot see. Editors only; what it returns is private.
 */
@RestController
@RequestMapping(path = ApiLinks.BASE_PATH, produces = ApiMediaTypes.JSON)
@Tag(name = "Editorial desk", description = "Every event in any state, for editors.")
class DeskApiController {

    static final Set<String> PARAMETERS = Set.of("status", "cursor", "limit");

    private final EditorialDesk desk;
    private final HonestDateFormat dates;
    private final PublicResponses responses;

    DeskApiController(EditorialDesk desk, HonestDateFormat dates, PublicResponses responses) {
        this.desk = desk;
        this.dates = dates;
        this.responses = responses;
    }

    @GetMapping("/desk/events")
    @Operation(summary = "List every event, for editors", description = """
            Every event in any state, most recently changed first, optionally of one status. Pages by cursor: \
            follow next (or the Link header) until it is null. Each event in full is at its url.""")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only events in this state.",
            schema = @Schema(implementation = EventStatus.class))
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "From a previous page's next link.",
            schema = @Schema(type = "string"))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Events per page, 1 to 100; default 20.",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
    @ApiResponse(responseCode = "200", description = "One page of events.")
    ResponseEntity<DeskPageResponse> events(HttpServletRequest request) {
        List<Problem.FieldProblem> errors = new ArrayList<>();
        request.getParameterMap().keySet().stream().filter(name -> !PARAMETERS.contains(name)).sorted()
                .forEach(name -> errors.add(new Problem.FieldProblem(name,
                        "is not a parameter of this resource, which takes cursor, limit, status")));
        EventStatus status = single(request, "status", errors).map(value -> {
            try {
                return EventStatus.valueOf(value);
            }
            catch (IllegalArgumentException unknown) {
                errors.add(new Problem.FieldProblem("status", "must be one of DRAFT, PUBLISHED, WITHDRAWN"));
                return null;
            }
        }).orElse(null);
        int limit = single(request, "limit", errors).flatMap(value -> {
            try {
                return QueryValues.integer(value, 1, EventCatalog.MAX_PAGE_SIZE);
            }
            catch (IllegalArgumentException wrong) {
                errors.add(new Problem.FieldProblem("limit", wrong.getMessage()));
                return Optional.empty();
            }
        }).orElse(EventsQuery.DEFAULT_LIMIT);
        DeskPage.Position after = single(request, "cursor", errors).map(value -> decode(value, errors)).orElse(null);
        if (!errors.isEmpty()) {
            throw ApiProblemException.invalidQuery(errors);
        }
        DeskPage page = desk.events(new DeskFilter(status, null, null), after, limit);
        ApiLinks links = responses.links();
        String next = null;
        HttpHeaders headers = new HttpHeaders();
        if (page.next() != null) {
            var builder = links.apiBuilder("/desk/events").queryParam("cursor", page.next().token())
                    .queryParam("limit", limit);
            if (status != null) {
                builder.queryParam("status", status.name());
            }
            next = builder.build().toUriString();
            headers.add(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        var body = new DeskPageResponse(
                page.events().stream().map(event -> DeskEventResponse.of(event, dates, links)).toList(), next);
        return responses.list(Optional.empty(), body, headers);
    }

    private static Optional<String> single(HttpServletRequest request, String name, List<Problem.FieldProblem> errors) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return Optional.empty();
        }
        if (values.length > 1) {
            errors.add(new Problem.FieldProblem(name, "may be given only once"));
            return Optional.empty();
        }
        return Optional.of(values[0]);
    }

    private static DeskPage.@Nullable Position decode(String cursor, List<Problem.FieldProblem> errors) {
        try {
            return DeskPage.Position.parse(cursor);
        }
        catch (InvalidCursorException malformed) {
            errors.add(new Problem.FieldProblem("cursor", "was not issued by this API"));
            return null;
        }
    }
}
