package org.ap4tracker.api.writes;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.api.http.ApiMediaTypes;
import org.ap4tracker.api.http.ApiProblemException;
import org.ap4tracker.api.http.Problem;
import org.ap4tracker.api.http.ProblemType;
import org.ap4tracker.api.http.PublicResponses;
import org.ap4tracker.api.reads.EventResponse;
import org.ap4tracker.events.EditConflictException;
import org.ap4tracker.events.EditorialDesk;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.EventEditor;
import org.ap4tracker.events.EventInput;
import org.ap4tracker.events.EventNotFoundException;
import org.ap4tracker.events.EventRuleException;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.InvalidEventException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writing events: create, replace, publish, unpublish, withdraw, and delete drafts. The body of a create or
 * replace is the same {@link EventInput} the desk's form binds, checked by the same validator and the same
 * domain rules, with the same messages. Every write after creation names, in If-Match, the representation
 * it was made from, so two clients never overwrite each other unknowingly.
 */
@RestController
@RequestMapping(path = ApiLinks.BASE_PATH, produces = ApiMediaTypes.JSON)
@Tag(name = "Writing events", description = """
        For editors, with a personal API token (Authorization: Bearer) or the signed-in site session plus its \
        CSRF token (X-CSRF-TOKEN). Each account may make 60 writes a minute.""")
class EventWritesController {

    static final String IF_MATCH = "If-Match";

    private static final MediaType JSON_UTF8 = MediaType.parseMediaType(ApiMediaTypes.JSON);
    /** PostgreSQL's SQLSTATE for a duplicate key. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Set<String> CREATE_PARAMETERS = Set.of("publish");

    private final EventEditor editor;
    private final EditorialDesk desk;
    private final EventCatalog catalog;
    private final HonestDateFormat dates;
    private final PublicResponses responses;
    private final MessageSource messages;
    private final JsonMapper json;

    EventWritesController(EventEditor editor, EditorialDesk desk, EventCatalog catalog, HonestDateFormat dates,
            PublicResponses responses, MessageSource messages, JsonMapper json) {
        this.editor = editor;
        this.desk = desk;
        this.catalog = catalog;
        this.dates = dates;
        this.responses = responses;
        this.messages = messages;
        this.json = json;
    }

    @PostMapping("/events")
    @Operation(summary = "Create an event", description = """
            Creates a draft, or a published event with ?publish=true (which needs at least one source). The \
            body is the event as the desk's form has it; slug may be left out to derive it from the date and \
            title. Unknown fields are refused. With an Idempotency-Key, a retry with the same key and body \
            returns the first response (with Idempotent-Replayed: true) instead of creating a second event; \
            keys are per account, kept for 24 hours, and released when the request fails.""",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = EventInput.class))))
    @Parameter(name = "publish", in = ParameterIn.QUERY, description = "true to publish at once; default false.",
            schema = @Schema(type = "boolean", defaultValue = "false"))
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = """
            A unique key for this request (1 to 255 visible ASCII characters, such as a UUID), so that it can \
            be retried safely.""", schema = @Schema(type = "string", maxLength = 255))
    @ApiResponse(responseCode = "201", description = "Created; Location is the event's address in this API.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventResponse.class)))
    ResponseEntity<byte[]> create(@org.springframework.web.bind.annotation.RequestBody @Valid EventInput input,
            HttpServletRequest request) {
        boolean publish = publishParameter(request);
        String slug;
        try {
            slug = editor.create(input, publish);
        }
        catch (InvalidEventException invalid) {
            throw invalid(invalid);
        }
        catch (EventRuleException refused) {
            throw refusedContent(refused);
        }
        catch (DataIntegrityViolationException clash) {
            throw sameAddress(clash);
        }
        return representation(HttpStatus.CREATED, slug, true);
    }

    @PutMapping("/events/{slug}")
    @Operation(summary = "Replace an event", description = """
            Replaces everything an editor writes about the event with the body; status changes only through \
            publish, unpublish and withdraw. If-Match must carry the ETag of the event as last read (from GET \
            /api/v1/events/{slug} or a previous write): 428 without it, 412 when the event has changed since, \
            including when another write wins a race. A draft never published may be given a new slug; the \
            response's Location then names its new address.""",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = EventInput.class))))
    @Parameter(name = IF_MATCH, in = ParameterIn.HEADER, required = true,
            description = "The event's current strong ETag.", schema = @Schema(type = "string"))
    @ApiResponse(responseCode = "200", description = "Saved; the new representation and its ETag.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventResponse.class)))
    ResponseEntity<byte[]> replace(@PathVariable String slug,
            @org.springframework.web.bind.annotation.RequestBody @Valid EventInput input, HttpServletRequest request) {
        Current current = current(slug);
        String ifMatch = request.getHeader(IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblemException.of(ProblemType.PRECONDITION_REQUIRED, """
                    Replacing an event needs an If-Match header with the ETag of the event as you last read it, \
                    so that nobody's changes are overwritten unseen. GET %s gives the current ETag."""
                    .formatted(request.getRequestURI()));
        }
        checkIfMatch(ifMatch, current);
        String newSlug;
        try {
            newSlug = editor.update(slug, current.body().version(), input, false);
        }
        catch (EditConflictException | ConcurrencyFailureException race) {
            throw changedMeanwhile(slug, true);
        }
        catch (InvalidEventException invalid) {
            throw invalid(invalid);
        }
        catch (EventRuleException refused) {
            throw refusedContent(refused);
        }
        catch (DataIntegrityViolationException clash) {
            throw sameAddress(clash);
        }
        return representation(HttpStatus.OK, newSlug, !newSlug.equals(slug));
    }

    // Deliberate parallel of unpublish and withdraw below: each lifecycle endpoint carries its own OpenAPI
    // annotations, so the document describes each one; what they share at run time is in noted() and lifecycle().
    @PostMapping("/events/{slug}/publish")
    @Operation(summary = "Publish an event", description = """
            Publishes a draft, or a withdrawn event again. It needs at least one source (409 otherwise). \
            If-Match is optional here; when given, it must match (412).""",
            requestBody = @RequestBody(required = false, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NoteRequest.class))))
    @Parameter(name = IF_MATCH, in = ParameterIn.HEADER, description = "The event's current ETag (optional).",
            schema = @Schema(type = "string"))
    @ApiResponse(responseCode = "200", description = "Published; the new representation and its ETag.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventResponse.class)))
    ResponseEntity<byte[]> publish(@PathVariable String slug,
            @org.springframework.web.bind.annotation.RequestBody(required = false) @Valid @Nullable NoteRequest note,
            HttpServletRequest request) {
        return noted(slug, note, request, (version, text) -> editor.publish(slug, version, text));
    }

    // Deliberate parallel of publish's annotations: each endpoint describes itself in the OpenAPI document.
    @PostMapping("/events/{slug}/unpublish")
    @Operation(summary = "Take an event back to draft", description = """
            Takes a published event off every public page; its slug stays fixed. If-Match is optional here; \
            when given, it must match (412).""",
            requestBody = @RequestBody(required = false, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NoteRequest.class))))
    @Parameter(name = IF_MATCH, in = ParameterIn.HEADER, description = "The event's current ETag (optional).",
            schema = @Schema(type = "string"))
    @ApiResponse(responseCode = "200", description = "Back to draft; the new representation and its ETag.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventResponse.class)))
    ResponseEntity<byte[]> unpublish(@PathVariable String slug,
            @org.springframework.web.bind.annotation.RequestBody(required = false) @Valid @Nullable NoteRequest note,
            HttpServletRequest request) {
        return noted(slug, note, request, (version, text) -> editor.unpublish(slug, version, text));
    }

    // Deliberate parallel of publish's annotations (see there); the body is required and carries the reason.
    @PostMapping("/events/{slug}/withdraw")
    @Operation(summary = "Withdraw a published event", description = """
            Takes a published event off the timeline; its address then answers readers 410 with the reason. \
            The reason is required (422 without it). If-Match is optional here; when given, it must match (412).""",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = WithdrawRequest.class))))
    @Parameter(name = IF_MATCH, in = ParameterIn.HEADER, description = "The event's current ETag (optional).",
            schema = @Schema(type = "string"))
    @ApiResponse(responseCode = "200", description = "Withdrawn; the new representation and its ETag.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventResponse.class)))
    ResponseEntity<byte[]> withdraw(@PathVariable String slug,
            @org.springframework.web.bind.annotation.RequestBody(required = false) @Valid @Nullable WithdrawRequest body,
            HttpServletRequest request) {
        Current current = current(slug);
        checkIfMatch(request, current);
        if (body == null) {
            throw ApiProblemException.of(ProblemType.MALFORMED_BODY, "The request needs a JSON object as its body.");
        }
        String reason = Objects.requireNonNull(body.reason()).strip();
        return lifecycle(current, request, version -> editor.withdraw(slug, version, reason, body.note()));
    }

    @DeleteMapping("/events/{slug}")
    @Operation(summary = "Delete a draft", description = """
            Deletes a draft that was never published. Anything that was once public is withdrawn instead \
            (409). If-Match is optional here; when given, it must match (412).""")
    @Parameter(name = IF_MATCH, in = ParameterIn.HEADER, description = "The event's current ETag (optional).",
            schema = @Schema(type = "string"))
    @ApiResponse(responseCode = "204", description = "Deleted.")
    ResponseEntity<Void> delete(@PathVariable String slug, HttpServletRequest request) {
        Current current = current(slug);
        act(current, request, version -> editor.deleteDraft(slug, version));
        return ResponseEntity.noContent().cacheControl(PublicResponses.PRIVATE_DATA).build();
    }

    /** A step whose body is only an optional note (publish, unpublish). */
    private interface NotedStep {
        void take(long version, @Nullable String note);
    }

    /**
     * Publish and unpublish, the same shape but for the step: an optional note, an optional If-Match (checked in
     * {@link #act} before the step), the new representation as the answer.
     */
    private ResponseEntity<byte[]> noted(String slug, @Nullable NoteRequest note, HttpServletRequest request,
            NotedStep step) {
        String text = (note == null ? NoteRequest.NONE : note).note();
        return lifecycle(current(slug), request, version -> step.take(version, text));
    }

    private ResponseEntity<byte[]> lifecycle(Current current, HttpServletRequest request, LongConsumer action) {
        act(current, request, action);
        return representation(HttpStatus.OK, current.body().slug(), false);
    }

    /** If-Match is optional for the lifecycle actions, but when given it must match. */
    private void checkIfMatch(HttpServletRequest request, Current current) {
        String ifMatch = request.getHeader(IF_MATCH);
        if (ifMatch != null) {
            checkIfMatch(ifMatch, current);
        }
    }

    private void act(Current current, HttpServletRequest request, LongConsumer action) {
        checkIfMatch(request, current);
        String ifMatch = request.getHeader(IF_MATCH);
        try {
            action.accept(current.body().version());
        }
        catch (EditConflictException | ConcurrencyFailureException race) {
            throw changedMeanwhile(current.body().slug(), ifMatch != null);
        }
        catch (EventRuleException refused) {
            throw ApiProblemException.of(ProblemType.CONFLICT, message(refused.messageCode()));
        }
        catch (InvalidEventException invalid) {
            throw invalid(invalid);
        }
        catch (EventNotFoundException gone) {
            throw notFound(current.body().slug());
        }
    }

    /** The publish parameter, the only one creating takes; anything else is refused rather than ignored. */
    private static boolean publishParameter(HttpServletRequest request) {
        List<Problem.FieldProblem> errors = new ArrayList<>();
        request.getParameterMap().keySet().stream().filter(name -> !CREATE_PARAMETERS.contains(name)).sorted()
                .forEach(name -> errors.add(new Problem.FieldProblem(name,
                        "is not a parameter of this resource, which takes publish")));
        String[] values = request.getParameterValues("publish");
        boolean publish = false;
        if (values != null) {
            if (values.length == 1 && (values[0].equals("true") || values[0].equals("false"))) {
                publish = Boolean.parseBoolean(values[0]);
            }
            else {
                errors.add(new Problem.FieldProblem("publish", "must be true or false, given once"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblemException.invalidQuery(errors);
        }
        return publish;
    }

    private ApiProblemException invalid(InvalidEventException invalid) {
        return ApiProblemException.invalidEvent(invalid.problems().stream()
                .map(problem -> new Problem.FieldProblem(problem.field(),
                        messages.getMessage(problem.code(), problem.args().toArray(), Locale.ENGLISH)))
                .toList());
    }

    /**
     * A rule refusing what the body says (publishing without a source, a fixed slug changed) names the field,
     * so it is 422 with the field to change; any other rule is a conflict with the event's state.
     */
    private ApiProblemException refusedContent(EventRuleException refused) {
        String field = refused.field();
        return field == null ? ApiProblemException.of(ProblemType.CONFLICT, message(refused.messageCode()))
                : ApiProblemException.invalidEvent(List.of(new Problem.FieldProblem(field, message(refused.messageCode()))));
    }

    /**
     * A unique key taken between the check and the insert means another event won the address; any other
     * broken constraint is a rule the validation missed, so it stays a server error rather than a false conflict.
     */
    private static RuntimeException sameAddress(DataIntegrityViolationException clash) {
        for (Throwable cause = clash; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return ApiProblemException.of(ProblemType.CONFLICT, """
                        Another event was saved with the same address at the same moment. Send the request again.""");
            }
        }
        return clash;
    }

    private ApiProblemException changedMeanwhile(String slug, boolean preconditionGiven) {
        Optional<Current> now = find(slug);
        HttpHeaders headers = new HttpHeaders();
        now.ifPresent(current -> headers.setETag(current.etag()));
        if (preconditionGiven) {
            return ApiProblemException.of(ProblemType.PRECONDITION_FAILED, """
                    Someone else changed the event while this request was being processed, so nothing was \
                    written. Read it again, and send your change with its new ETag.""", headers);
        }
        return ApiProblemException.of(ProblemType.CONFLICT, """
                Someone else changed the event while this request was being processed, so nothing was written. \
                Send the request again.""", headers);
    }

    private void checkIfMatch(String ifMatch, Current current) {
        if (ifMatch.strip().equals("*")) {
            throw ApiProblemException.of(ProblemType.PRECONDITION_REQUIRED, """
                    If-Match: * would match whatever the event now is, which skips the check that nobody's                     changes are overwritten unseen. Send the ETag of the event as you last read it (GET %s)."""
                    .formatted(current.body().url()));
        }
        if (matches(ifMatch, current.etag()) || publicTag(current.body().slug()).filter(tag -> matches(ifMatch, tag))
                .isPresent()) {
            return;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(current.etag());
        throw ApiProblemException.of(ProblemType.PRECONDITION_FAILED, """
                The event has changed since the version named in If-Match, so nothing was written. Its current \
                ETag is %s: read it again (GET %s) and make your change to that.""".formatted(current.etag(),
                current.body().url()), headers);
    }

    /** Strong comparison (RFC 9110): a weak tag never matches. */
    static boolean matches(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            if (candidate.strip().equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Readers' ETag for a published event: accepted too, since it names the same current state. */
    private Optional<String> publicTag(String slug) {
        return catalog.publicEvent(slug).filter(event -> !event.isWithdrawn())
                .map(event -> responses.entityTag(EventResponse.of(event, dates, responses.links())));
    }

    private Current current(String slug) {
        return find(slug).orElseThrow(() -> notFound(slug));
    }

    private Optional<Current> find(String slug) {
        return desk.event(slug).map(this::current);
    }

    private Current current(EventDetail event) {
        EventResponse body = EventResponse.of(event, dates, responses.links());
        return new Current(body, responses.entityTag(body));
    }

    private ResponseEntity<byte[]> representation(HttpStatus status, String slug, boolean withLocation) {
        Current now = current(slug);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
                .contentType(JSON_UTF8)
                .cacheControl(PublicResponses.PRIVATE_DATA)
                .eTag(now.etag());
        if (withLocation) {
            response.location(URI.create(now.body().url()));
        }
        return response.body(json.writeValueAsBytes(now.body()));
    }

    private static ApiProblemException notFound(String slug) {
        return ApiProblemException.notFound("There is no event with the slug '%s'.".formatted(slug));
    }

    private String message(String code) {
        return messages.getMessage(code, null, Locale.ENGLISH);
    }

    /** The event as this editor now reads it, and its ETag. */
    private record Current(EventResponse body, String etag) {
    }
}
