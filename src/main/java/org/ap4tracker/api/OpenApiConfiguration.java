package org.ap4tracker.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What springdoc cannot see in the controllers: the API's description, and the HTTP conventions every public
 * GET shares (conditional requests, caching headers, CORS, and the errors any request can meet).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Bean
    OpenAPI trackerApi() {
        return new OpenAPI().info(new Info()
                .title("AP4 Tracker API")
                .version("v1")
                .description("""
                        Read access to AP4 Tracker: the events of NATO's partnership with Japan, South Korea, \
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
                        parameter under `errors`. Other methods than GET and HEAD answer 405, an Accept that \
                        excludes JSON 406."""));
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
            if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
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
                describeConditionalGet(get, path.equals(ApiLinks.BASE_PATH + "/events")
                        || path.equals(ApiLinks.BASE_PATH + "/changes"));
            }
        });
    }

    private static void describeConditionalGet(Operation get, boolean paged) {
        get.addParametersItem(new HeaderParameter().name("If-None-Match").required(false)
                .description("An ETag from an earlier response: 304 if it is still current.")
                .schema(new StringSchema()));
        get.addParametersItem(new HeaderParameter().name("If-Modified-Since").required(false)
                .description("A Last-Modified date from an earlier response: 304 if nothing changed since.")
                .schema(new StringSchema()));
        ApiResponses responses = get.getResponses();
        ApiResponse ok = responses.get("200");
        ok.addHeaderObject("ETag", header("""
                Identifies this exact response and changes whenever it does. Weak (W/) for lists, which may be \
                gzip-compressed; strong for a single event or storyline."""))
                .addHeaderObject("Last-Modified", header("When the data last changed (HTTP date)."))
                .addHeaderObject("Cache-Control", header("public, max-age=60"));
        if (paged) {
            ok.addHeaderObject("Link", header("<next page URL>; rel=\"next\" (RFC 8288), while there is more."));
        }
        responses.addApiResponse("304", new ApiResponse()
                .description("Not modified: the copy named by If-None-Match or If-Modified-Since is current.")
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
