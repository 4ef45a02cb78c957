package org.ap4tracker.api.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.ap4tracker.api.reads.ChangesQuery;
import org.ap4tracker.api.reads.EventsQuery;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI document, read by Swagger's own parser as a client developer's tools would read it, and held
 * against the handler mappings: an endpoint missing from the document fails the build.
 */
@TrackerIntegrationTest
class OpenApiDocumentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    SwaggerParseResult parsed;

    @BeforeEach
    void parseTheDocument() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIV3Parser().readContents(document, null, options);
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1.");
        assertThat(parsed.getOpenAPI().getInfo().getTitle()).isEqualTo("AP4 Tracker API");
    }

    @Test
    void everyApiEndpointIsInTheDocumentAndNothingElseIs() {
        Set<String> handled = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String path : mapping.getKey().getPatternValues()) {
                if (path.startsWith("/api/")) {
                    for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                        handled.add(method + " " + path);
                    }
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        parsed.getOpenAPI().getPaths().forEach((path, item) ->
                item.readOperationsMap().keySet().forEach(method -> documented.add(method + " " + path)));

        assertThat(handled).hasSizeGreaterThanOrEqualTo(7);
        assertThat(documented).isEqualTo(handled);
    }

    @Test
    void everyReadDocumentsRevalidationAndEveryOperationItsProblemsAsProblemJson() {
        parsed.getOpenAPI().getPaths().forEach((path, item) -> {
            Operation get = item.getGet();
            if (get != null) {
                assertThat(get.getResponses()).as(path).containsKeys("200", "304", "401", "406", "500");
                assertThat(get.getResponses().get("200").getHeaders()).as(path).containsKeys("ETag", "Cache-Control");
                assertThat(get.getParameters()).as(path).extracting(Parameter::getName).contains("If-None-Match");
                if (!path.equals("/api/v1/desk/events")) {
                    assertThat(get.getResponses().get("200").getHeaders()).as(path).containsKey("Last-Modified");
                    assertThat(get.getParameters()).as(path).extracting(Parameter::getName).contains("If-Modified-Since");
                }
            }
            item.readOperationsMap().forEach((method, operation) -> operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(response.getContent()).as(method + " " + path + " " + status)
                            .containsOnlyKeys("application/problem+json");
                    assertThat(response.getContent().get("application/problem+json").getSchema().get$ref())
                            .as(method + " " + path + " " + status).isEqualTo("#/components/schemas/Problem");
                }
            }));
        });
        assertThat(problemStatuses("/api/v1/events")).containsExactly("400", "401", "406", "500");
        assertThat(problemStatuses("/api/v1/events/{slug}")).containsExactly("401", "404", "406", "410", "500");
        assertThat(problemStatuses("/api/v1/changes")).containsExactly("400", "401", "406", "500");
    }

    @Test
    void everyWriteDocumentsItsSignInHeadersAndErrors() {
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys("apiToken", "siteSession", "csrfToken");
        assertThat(api.getComponents().getSecuritySchemes().get("apiToken").getScheme()).isEqualTo("bearer");
        PathItem events = api.getPaths().get("/api/v1/events");
        PathItem event = api.getPaths().get("/api/v1/events/{slug}");
        Operation create = events.getPost();
        Operation replace = event.getPut();

        assertThat(create.getSecurity()).hasSize(2);
        assertThat(create.getRequestBody().getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/EventInput");
        assertThat(create.getParameters()).extracting(Parameter::getName).contains("publish", "Idempotency-Key");
        assertThat(create.getResponses().get("201").getHeaders()).containsKeys("Location", "ETag");
        assertThat(create.getResponses()).containsKeys("400", "401", "403", "409", "413", "415", "422", "429", "500");
        assertThat(create.getResponses().get("429").getHeaders()).containsKey("Retry-After");
        assertThat(replace.getParameters()).filteredOn(parameter -> parameter.getName().equals("If-Match"))
                .singleElement().satisfies(ifMatch -> assertThat(ifMatch.getRequired()).isTrue());
        assertThat(replace.getResponses()).containsKeys("200", "400", "401", "403", "404", "412", "413", "415", "422",
                "428", "429", "500");
        assertThat(replace.getResponses().get("200").getHeaders()).containsKey("ETag");
        assertThat(event.getDelete().getResponses()).containsKeys("204", "401", "403", "404", "409", "412", "429");
        assertThat(api.getPaths().get("/api/v1/events/{slug}/withdraw").getPost().getRequestBody().getContent()
                .get("application/json").getSchema().get$ref()).isEqualTo("#/components/schemas/WithdrawRequest");
        assertThat(api.getComponents().getSchemas().get("WithdrawRequest").getRequired()).containsExactly("reason");
        assertThat(api.getComponents().getSchemas().get("NoteRequest").getRequired()).isNullOrEmpty();
        assertThat(api.getComponents().getSchemas().get("EventInput").getRequired())
                .contains("title", "summary", "startDate", "precision", "qualifier", "type");
    }

    @Test
    void theEventListDocumentsEveryParameterItAccepts() {
        List<String> documented = new ArrayList<>();
        parsed.getOpenAPI().getPaths().get("/api/v1/events").getGet().getParameters().stream()
                .filter(parameter -> "query".equals(parameter.getIn()))
                .forEach(parameter -> documented.add(parameter.getName()));

        // Every resource also takes lang, the language of the answer (QueryChecks.LANGUAGE).
        assertThat(documented).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(EventsQuery.PARAMETERS.stream(), java.util.stream.Stream.of("lang")).toList());
        assertThat(parsed.getOpenAPI().getPaths().get("/api/v1/changes").getGet().getParameters())
                .filteredOn(parameter -> "query".equals(parameter.getIn())).extracting(Parameter::getName)
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(ChangesQuery.PARAMETERS.stream(), java.util.stream.Stream.of("lang")).toList());
    }

    @Test
    void nullableReferencesAndRequiredPropertiesSayWhatTheJsonDoes() {
        OpenAPI api = parsed.getOpenAPI();
        var summary = api.getComponents().getSchemas().get("EventSummary");

        assertThat(summary.getRequired()).contains("slug", "date", "development", "actors", "version");
        assertThat(((io.swagger.v3.oas.models.media.Schema<?>) summary.getProperties().get("development")).getAnyOf())
                .hasSize(2);
        assertThat(api.getComponents().getSchemas().get("Problem").getRequired())
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance");
    }

    private List<String> problemStatuses(String path) {
        PathItem item = parsed.getOpenAPI().getPaths().get(path);
        Map<String, ApiResponse> responses = item.getGet().getResponses();
        return responses.keySet().stream().filter(status -> status.startsWith("4") || status.startsWith("5")).sorted()
                .toList();
    }
}
