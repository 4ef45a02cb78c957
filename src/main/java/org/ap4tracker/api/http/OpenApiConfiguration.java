package org.ap4tracker.api.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.ap4tracker.api.reads.QueryChecks;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What springdoc cannot see in the controllers: the API's description, its two ways of signing in, the HTTP
 * conventions every GET shares (conditional requests, caching headers, CORS, and the errors any request can
 * meet), and those every write shares (If-Match, ETag, rate limit, and their errors).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    static final String BEARER_SCHEME = "apiToken";
    static final String SESSION_SCHEME = "siteSession";
    static final String CSRF_SCHEME = "csrfToken";

    /** Request bodies: their required properties are the ones the validation annotations require. */
    private static final Set<String> REQUEST_SCHEMAS = Set.of("EventInput", "SourceInput", "StatementInput",
            "NoteRequest", "WithdrawRequest");

    private static final String DESK_EVENTS = ApiLinks.BASE_PATH + "/desk/events";
    private static final String EVENT = ApiLinks.BASE_PATH + "/events/{slug}";

    @Bean
    OpenAPI trackerApi() {
        return new OpenAPI().info(new Info()
                .title("AP4 Tracker API")
                .version("v1")
                .description("""
                        AP4 Tracker as JSON: the events of NATO's partnership with Japan, South Korea, \
                        Australia and New Zealand, with honest dates, sources and attributed statements.

                        * **Paging**: lists page by an opaque cursor; follow `next` in the body or the \
                        `Link: <…>; rel="next"` header.
                        * **Sync**: `/api/v1/changes` lists every public change in order with a resumable cursor.
                        * **Caching**: every 200 carries `ETag`, `Last-Modified` and `Cache-Control: public, \
                        max-age=60`; send `If-None-Match` (exact) or `If-Modified-Since` to get 304 Not Modified. \
                        Lists have weak ETags, so that they can be gzip-compressed.
                        * **CORS**: any origin may send GET and HEAD, without credentials.
                        * **Errors**: RFC 9457 `application/problem+json`; `type` is \
                        `https://ap4tracker.org/problems/<kind>`, and validation problems list each wrong \
                        parameter under `errors`. Other methods than the ones listed answer 405, an Accept that \
                        excludes JSON 406.

                        **Writing** (editors only) needs a personal API token, created under /admin/tokens and \
                        sent as `Authorization: Bearer ap4_…`, or the signed-in site session (cookie AP4_SESSION) \
                        together with its CSRF token in `X-CSRF-TOKEN`. Bodies are JSON of at most 1 MiB; \
                        unknown fields are refused. Changing an existing event takes `If-Match` with its ETag \
                        (required for PUT). `POST /api/v1/events` honours `Idempotency-Key`. Each account may \
                        make 60 writes a minute; more answer 429 with `Retry-After`. Responses to a signed-in \
                        caller are `Cache-Control: private, no-store`."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("ap4_ followed by 43 characters")
                                .description("A personal API token, created and revoked under /admin/tokens."))
                        .addSecuritySchemes(SESSION_SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("AP4_SESSION")
                                .description("The site's session cookie, after signing in at /login."))
                        .addSecuritySchemes(CSRF_SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-CSRF-TOKEN")
                                .description("The session's CSRF token, as the desk's pages carry it; needed with "
                                        + "the session cookie, not with a token.")));
    }

    /**
     * Response records write every component, null or not, so each property is required unless a schema
     * says otherwise (Problem does: its extension members appear only for some problems). A nullable
     * reference becomes "anyOf: [reference, null]", which is how OpenAPI 3.1 says it.
     */
    @Bean
    OpenApiCustomizer recordSchemas() {
        return api -> api.getComponents().getSchemas().values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                return;
            }
            if (!REQUEST_SCHEMAS.contains(schema.getName())
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(properties.keySet()));
            }
            properties.replaceAll((name, property) -> nullableReference(property));
        });
    }

    private static Schema<?> nullableReference(Schema<?> property) {
        boolean nullable = Boolean.TRUE.equals(property.getNullable())
                || property.getTypes() != null && property.getTypes().contains("null");
        if (property.get$ref() == null || !nullable) {
            return property;
        }
        return new JsonSchema().description(property.getDescription())
                .anyOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of("null"))));
    }

    @Bean
    OpenApiCustomizer publicGetConventions() {
        return api -> api.getPaths().forEach((path, item) -> {
            Operation get = item.getGet();
            if (path.startsWith(ApiLinks.BASE_PATH) && get != null) {
                boolean desk = path.equals(DESK_EVENTS);
                describeConditionalGet(get, desk || path.equals(ApiLinks.BASE_PATH + "/events")
                        || path.equals(ApiLinks.BASE_PATH + "/changes"), !desk);
                if (desk) {
                    get.setSecurity(editorsOnly());
                    get.getResponses().addApiResponse("401", unauthorized());
                    get.getResponses().addApiResponse("403", problem("The account lacks the editor role."));
                }
                else {
                    // Readers need nothing; an editor's credentials show drafts (events/{slug}) and make the
                    // response private.
                    get.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER_SCHEME),
                            new SecurityRequirement().addList(SESSION_SCHEME)));
                    get.getResponses().addApiResponse("401", problem("""
                            A bearer token was sent that is not valid (unknown, revoked, or its account disabled); \
                            send none to read as anyone may.""").addHeaderObject("WWW-Authenticate",
                            header("Bearer realm=\"AP4 Tracker API\", error=\"invalid_token\", …")));
                }
            }
        });
    }

    /**
     * Every public read answers in the language asked for (the language module's ContentNegotiation, a filter
     * springdoc cannot see): {@code lang} first, then Accept-Language, and says which in Content-Language.
     */
    @Bean
    OpenApiCustomizer languageOfReads() {
        return api -> api.getPaths().forEach((path, item) -> {
            Operation get = item.getGet();
            if (!path.startsWith(ApiLinks.BASE_PATH) || path.equals(DESK_EVENTS) || get == null) {
                return;
            }
            get.addParametersItem(new QueryParameter().name(QueryChecks.LANGUAGE)
                    .schema(new StringSchema()._enum(List.of("en", "ja", "ko")))
                    .description("The language of translated text (titles, summaries, names); untranslated text "
                            + "stays English, and each event says which language its text is in. Unknown: en."));
            get.addParametersItem(new HeaderParameter().name("Accept-Language").schema(new StringSchema())
                    .example("ja-JP,ja;q=0.9").description("Used when lang is absent: the first of en, ja, ko it accepts."));
            get.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject("Content-Language", header("The language answered in: en, ja or ko."));
                }
            });
        });
    }

    @Bean
    OpenApiCustomizer writeConventions() {
        return api -> api.getPaths().forEach((path, item) -> {
            if (!path.startsWith(ApiLinks.BASE_PATH)) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> {
                if (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD) {
                    return;
                }
                describeWrite(operation, method, path);
            });
        });
    }

    private static void describeWrite(Operation write, PathItem.HttpMethod method, String path) {
        write.setSecurity(editorsOnly());
        ApiResponses responses = write.getResponses();
        boolean creates = path.equals(ApiLinks.BASE_PATH + "/events");
        boolean replaces = method == PathItem.HttpMethod.PUT;
        boolean deletes = method == PathItem.HttpMethod.DELETE;
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && !deletes) {
                response.addHeaderObject("ETag", header("""
                        The event's new strong ETag: send it as If-Match with the next change."""));
                response.addHeaderObject("Cache-Control", header("private, no-store"));
            }
        });
        if (creates) {
            responses.get("201").addHeaderObject("Location", header("The new event's address in this API."))
                    .addHeaderObject("Idempotent-Replayed", header("true when this is the stored response to an "
                            + "earlier request with the same Idempotency-Key."));
        }
        if (replaces) {
            responses.get("200").addHeaderObject("Location", header("The event's new address, when its slug changed."));
        }
        boolean hasBody = write.getRequestBody() != null;
        responses.addApiResponse("400", problem(creates ? """
                Malformed JSON, a field of the wrong type or one this API does not know (errors names it), an \
                unknown query parameter, or a malformed Idempotency-Key.""" : hasBody ? """
                Malformed JSON, or a field of the wrong type or one this API does not know (errors names it)."""
                : "The request's address or headers could not be accepted."));
        responses.addApiResponse("401", unauthorized());
        responses.addApiResponse("403", problem("""
                The account lacks the editor role, or a session-signed request came without its CSRF token \
                (csrf-rejected)."""));
        if (!creates) {
            responses.addApiResponse("404", problem("No event has this slug."));
        }
        responses.addApiResponse("409", problem(creates ? """
                A request with the same Idempotency-Key is still being processed (idempotency-key-in-use), or \
                another event took the same slug at the same moment.""" : deletes ? """
                The event was published at some point, so it can only be withdrawn (conflict)."""
                : replaces ? "Another event took the same slug at the same moment." : """
                The event's state does not allow this (already published, not published, no source to \
                publish), or it changed while the request ran without If-Match."""));
        if (!creates) {
            responses.addApiResponse("412", problem("""
                    If-Match does not name the event's current ETag: it changed since it was read, or another \
                    write won a race. Nothing was written; the response's ETag header is the current one.""")
                    .addHeaderObject("ETag", header("The event's current ETag.")));
        }
        if (hasBody) {
            responses.addApiResponse("413", problem("The body is larger than 1 MiB."));
            responses.addApiResponse("415", problem("The body is not sent as application/json in UTF-8."));
        }
        if (creates || replaces || path.endsWith("/withdraw") || hasBody) {
            responses.addApiResponse("422", problem(creates ? """
                    The event breaks a rule of the desk's form (errors lists each field and what to change, in \
                    the form's words), names an unknown actor, topic, storyline or related event, or is to be \
                    published without a source; or the Idempotency-Key was used with another body \
                    (idempotency-key-reused).""" : path.endsWith("/withdraw") ? """
                    The reason is missing or too long, or the note is too long.""" : replaces ? """
                    The event breaks a rule of the desk's form (errors lists each field and what to change, in \
                    the form's words), names an unknown actor, topic, storyline or related event, removes the \
                    last source of a published event, or changes the fixed slug of a published one."""
                    : "The note is too long."));
        }
        if (replaces) {
            responses.addApiResponse("428", problem("If-Match is missing: replacing an event needs it."));
        }
        responses.addApiResponse("429", problem("This account made more than 60 writes this minute.")
                .addHeaderObject("Retry-After", header("Seconds until writes are accepted again.")));
        responses.addApiResponse("500", problem("An unexpected failure; the detail never carries internals."));
    }

    private static List<SecurityRequirement> editorsOnly() {
        return List.of(new SecurityRequirement().addList(BEARER_SCHEME),
                new SecurityRequirement().addList(SESSION_SCHEME).addList(CSRF_SCHEME));
    }

    private static ApiResponse unauthorized() {
        return problem("""
                No credentials, or a bearer token that is not valid (unknown, revoked, or its account disabled).""")
                .addHeaderObject("WWW-Authenticate", header("Bearer realm=\"AP4 Tracker API\" (RFC 6750)"));
    }

    private static void describeConditionalGet(Operation get, boolean paged, boolean publicData) {
        get.addParametersItem(new HeaderParameter().name("If-None-Match").required(false)
                .description("An ETag from an earlier response: 304 if it is still current.")
                .schema(new StringSchema()));
        if (publicData) {
            get.addParametersItem(new HeaderParameter().name("If-Modified-Since").required(false)
                    .description("A Last-Modified date from an earlier response: 304 if nothing changed since.")
                    .schema(new StringSchema()));
        }
        ApiResponses responses = get.getResponses();
        ApiResponse ok = responses.get("200");
        ok.addHeaderObject("ETag", header("""
                Identifies this exact response and changes whenever it does. Weak (W/) for lists, which may be \
                gzip-compressed; strong for a single event or storyline."""));
        if (publicData) {
            ok.addHeaderObject("Last-Modified", header("When the data last changed (HTTP date)."))
                    .addHeaderObject("Cache-Control", header("""
                            public, max-age=60 for readers; private, no-store for a signed-in caller."""));
        }
        else {
            ok.addHeaderObject("Cache-Control", header("private, no-store"));
        }
        if (paged) {
            ok.addHeaderObject("Link", header("<next page URL>; rel=\"next\" (RFC 8288), while there is more."));
        }
        responses.addApiResponse("304", new ApiResponse()
                .description(publicData ? "Not modified: the copy named by If-None-Match or If-Modified-Since is current."
                        : "Not modified: the copy named by If-None-Match is current.")
                .addHeaderObject("ETag", header("The current ETag.")));
        responses.addApiResponse("406", problem("The Accept header excludes application/json."));
        responses.addApiResponse("500", problem("An unexpected failure; the detail never carries internals."));
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    private static ApiResponse problem(String description) {
        Schema<?> problem = new Schema<>().$ref(PROBLEM_SCHEMA);
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem)));
    }
}
