package org.ap4tracker.api.reads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.api.http.ApiMediaTypes;
import org.ap4tracker.api.http.Problem;
import org.ap4tracker.api.http.PublicResponses;
import org.ap4tracker.events.ChangePage;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.system.ReadsOnOneConnection;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ApiLinks.BASE_PATH, produces = ApiMediaTypes.JSON)
@Tag(name = "Sync", description = "The change log, to keep a copy of the public dataset up to date.")
class ChangesApiController {

    private final EventCatalog catalog;
    private final PublicResponses responses;

    ChangesApiController(EventCatalog catalog, PublicResponses responses) {
        this.catalog = catalog;
        this.responses = responses;
    }

    @InitBinder("changesQuery")
    void validateQuery(WebDataBinder binder, HttpServletRequest request) {
        binder.addValidators(new ChangesQueryValidator(request.getParameterMap().keySet()));
    }

    @GetMapping("/changes")
    @ReadsOnOneConnection
    @Operation(summary = "Read the change log", description = """
            Every change to what the public can see of an event, in the order they happened: PUBLISHED, \
            UPDATED, WITHDRAWN and REMOVED entries. Read it from the start to list everything public, keep the \
            cursor, and call again later with since=cursor for what changed since; nothing is ever skipped, \
            even a change whose transaction commits late. To mirror the dataset, apply the entries in order: \
            fetch url for PUBLISHED and UPDATED (an answer of 404 or 410 means a later entry follows), keep \
            the reason for WITHDRAWN, and delete the slug for REMOVED. Storylines, actors and topics are not \
            in the log: read their lists again, revalidating with their ETags.""")
    @ApiResponse(responseCode = "200", description = "Entries after since, oldest first.")
    @ApiResponse(responseCode = "400", description = "A parameter is malformed or unknown, or since was not issued by this API.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<ChangePageResponse> changes(@ParameterObject @Valid ChangesQuery query) {
        var lastModified = catalog.lastChange();
        ChangePage page = catalog.changes(query.position(), query.pageSize());
        ApiLinks links = responses.links();
        String next = query.continuedFrom(page.resumeFrom(), links);
        HttpHeaders headers = new HttpHeaders();
        if (page.more()) {
            headers.add(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        var body = new ChangePageResponse(page.changes().stream().map(change -> ChangeResponse.of(change, links)).toList(),
                page.resumeFrom() == null ? null : page.resumeFrom().token(), page.more(), next);
        return responses.list(lastModified, body, headers);
    }
}
