package org.ap4tracker.api.http;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.ap4tracker.api.HttpClientSupport;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.ap4tracker.system.EntityTags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.ap4tracker.api.HttpClientSupport.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API over a real socket, as curl or a browser sees it: conditional requests, HEAD, CORS, and the errors
 * that arise before any API controller runs and go through the servlet container's error dispatch.
 */
@TrackerIntegrationTest
class ApiHttpTests {

    private static final String EVENT = "/api/v1/events/2023-07-12-nato-japan-itpp-agreed";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    HttpClientSupport http;

    @BeforeEach
    void setUp() {
        http = new HttpClientSupport(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/events", EVENT, "/api/v1/developments", "/api/v1/developments/nato-japan-itpp",
            "/api/v1/actors", "/api/v1/topics", "/api/v1/changes"})
    void everyPublicReadIsCacheableJsonThatRevalidatesByETagAndByDate(String path) {
        HttpResponse<String> first = http.get(path);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(header(first, "Content-Type")).isEqualTo("application/json;charset=UTF-8");
        assertThat(header(first, "Cache-Control")).isEqualTo("max-age=60, public");
        assertThat(String.join(",", first.headers().allValues("Vary"))).containsIgnoringCase("authorization")
                .containsIgnoringCase("cookie");
        String etag = header(first, "ETag");
        String lastModified = header(first, "Last-Modified");
        assertThat(etag).matches("(W/)?\"[A-Za-z0-9_-]{27}\"");
        assertThat(lastModified).endsWith(" GMT");

        HttpResponse<String> byTag = http.get(path, "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(header(byTag, "ETag")).isEqualTo(etag);
        assertThat(http.get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(http.get(path, "If-None-Match", "\"something-older\"").statusCode()).isEqualTo(200);
        // If-None-Match decides when both are sent.
        assertThat(http.get(path, "If-None-Match", "\"something-older\"", "If-Modified-Since", lastModified)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void theETagDependsOnTheResponseSoEachPageAndFilterHasItsOwn() {
        String all = header(http.get("/api/v1/events"), "ETag");

        assertThat(header(http.get("/api/v1/events"), "ETag")).isEqualTo(all);
        assertThat(header(http.get("/api/v1/events?actor=JP"), "ETag")).isNotEqualTo(all);
        assertThat(header(http.get("/api/v1/events?limit=3"), "ETag")).isNotEqualTo(all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/events?limit=100", EVENT, "/api/v1/actors", "/api/v1/changes"})
    void theETagIsTheHashOfExactlyTheBytesSent(String path) {
        HttpResponse<String> response = http.get(path);

        // The JSON is made once, for the ETag, and those bytes are what goes out (SerializedJson).
        assertThat(header(response, "ETag").replace("W/", ""))
                .isEqualTo(EntityTags.of(response.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(json.readTree(response.body()).isObject()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/events?limit=100", EVENT})
    void aResponseBuiltForItsReaderSaysHowLongItIs(String path) {
        // A cookie keeps the response from being served from the kept responses, which know their length anyway.
        HttpResponse<String> response = http.get(path, "Cookie", "x=1");

        assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(header(response, "Content-Length"))
                .isEqualTo(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void listsAreCompressedUnderWeakETagsWhileAnEventKeepsAStrongOne() {
        HttpResponse<String> page = http.get("/api/v1/events?limit=100", "Accept-Encoding", "gzip");
        String etag = header(page, "ETag");

        assertThat(header(page, "Content-Encoding")).isEqualTo("gzip");
        assertThat(etag).startsWith("W/\"");
        assertThat(http.get("/api/v1/events?limit=100", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(header(http.get(EVENT), "ETag")).startsWith("\"");
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody() {
        HttpResponse<String> get = http.get(EVENT);
        HttpResponse<String> head = http.send("HEAD", EVENT);

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
        assertThat(header(head, "Last-Modified")).isEqualTo(header(get, "Last-Modified"));
        assertThat(header(head, "Content-Type")).isEqualTo("application/json;charset=UTF-8");
    }

    @Test
    void anUnknownApiPathIsAProblemNotTheSitesErrorPage() {
        HttpResponse<String> browser = http.get("/api/v1/nothing-here", "Accept", "text/html");
        HttpResponse<String> client = http.get("/api/v2/events");

        for (HttpResponse<String> response : java.util.List.of(browser, client)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
        }
        JsonNode problem = json.readTree(client.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://ap4tracker.org/problems/not-found");
        assertThat(problem.get("title").asString()).isEqualTo("Not found");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString())
                .isEqualTo("There is nothing at /api/v2/events. The API's resources are described at /v3/api-docs.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v2/events");
    }

    @Test
    void pagesOutsideTheApiKeepTheirHtmlErrorPage() {
        HttpResponse<String> page = http.get("/events/no-such-event", "Accept", "text/html");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Page not found</h1>");
    }

    @Test
    void anAddressTheFirewallRejectsIsABadRequestProblem() {
        HttpResponse<String> response = http.get("/api/v1/events;jsessionid=123");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://ap4tracker.org/problems/bad-request");
        assertThat(problem.get("detail").asString())
                .isEqualTo("The request's address or headers could not be accepted, so it was not read any further.");
    }

    @Test
    void methodsAResourceDoesNotAnswerAreNotAllowed() {
        HttpResponse<String> post = http.send("POST", "/api/v1/changes");
        HttpResponse<String> delete = http.send("DELETE", "/api/v1/developments/nato-japan-itpp");

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(header(post, "Allow")).isEqualTo("GET, HEAD");
        assertThat(header(post, "Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(post.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://ap4tracker.org/problems/method-not-allowed");
        assertThat(problem.get("detail").asString())
                .isEqualTo("POST is not supported at /api/v1/changes, which answers GET, HEAD.");
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(json.readTree(delete.body()).get("detail").asString()).startsWith("DELETE is not supported at");
    }

    @Test
    void aClientThatAcceptsNoJsonIsToldSo() {
        HttpResponse<String> response = http.get("/api/v1/events", "Accept", "application/xml");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(json.readTree(response.body()).get("type").asString())
                .isEqualTo("https://ap4tracker.org/problems/not-acceptable");
    }

    @Test
    void anyOriginMayReadWithoutCredentialsAndSeeTheCachingAndPagingHeaders() {
        HttpResponse<String> preflight = http.send("OPTIONS", "/api/v1/events", "Origin", "https://research.example",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "If-None-Match");
        HttpResponse<String> read = http.get("/api/v1/events?limit=2", "Origin", "https://research.example");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(header(preflight, "Access-Control-Allow-Methods")).isEqualTo("GET,HEAD");
        assertThat(header(preflight, "Access-Control-Allow-Headers")).isEqualToIgnoringCase("If-None-Match");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(header(read, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(header(read, "Access-Control-Expose-Headers")).isEqualTo("ETag, Last-Modified, Link");
        assertThat(header(read, "Link")).endsWith("; rel=\"next\"");
    }

    @Test
    void aCrossOriginWriteIsRejectedAsAProblem() {
        HttpResponse<String> preflight = http.send("OPTIONS", "/api/v1/events", "Origin", "https://research.example",
                "Access-Control-Request-Method", "DELETE");

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(header(preflight, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEmpty();
        JsonNode problem = json.readTree(preflight.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://ap4tracker.org/problems/cross-origin-rejected");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/events");
    }

    @Test
    void theApiKeepsNoSession() {
        assertThat(http.get("/api/v1/events").headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theAboutPageLinksToTheApiDocumentation() {
        HttpResponse<String> about = http.get("/about", "Accept", "text/html");

        assertThat(about.body()).contains("<a href=\"/swagger-ui.html\">Read the API documentation</a>");
    }
}
