package org.ap4tracker.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query strings over real HTTP, through the container: search text with a control character still searches,
 * any other parameter with one is a 400 (problem JSON on the API), a space in a code in the path is a 404, and
 * none of these answers may be kept by a cache.
 */
@TrackerIntegrationTest
class QueryStringTextTests {

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newHttpClient();

    @Test
    void searchTextLosesControlCharactersAndStillSearches() throws Exception {
        for (String path : new String[] {"/?q=liaison%00office", "/feed.atom?q=liaison%00", "/feed.json?q=%07",
                "/calendar.ics?q=%C2%85", "/events.csv?q=%00", "/timelinejs.json?q=%00", "/api/v1/events?q=%00office",
                "/changes?q=%00"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(200, 400);
            assertThat(response.statusCode()).as(path).isNotEqualTo(500);
        }
        HttpResponse<String> page = get("/?q=liaison%00office");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("\u0000");
        assertThat(get("/feed.atom?q=liaison%00").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/events?q=%00office").statusCode()).isEqualTo(200);
    }

    @Test
    void anyOtherParameterWithAControlCharacterIsABadRequestThatIsNotCached() throws Exception {
        for (String path : new String[] {"/?actor=J%00P", "/?topic=%01", "/feed.atom?actor=%00", "/events.csv?from=20%0024",
                "/changes?cursor=%00", "/developments?x=%1B"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(header(response, "Cache-Control")).as(path).contains("no-store").doesNotContain("public");
        }
        HttpResponse<String> api = get("/api/v1/events?actor=%00");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(header(api, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(header(api, "Cache-Control")).contains("no-store");
    }

    @Test
    void aListParameterGivenMoreThanFiftyTimesIsRefused() throws Exception {
        String actors = "actor=JP&".repeat(51);
        assertThat(get("/?" + actors).statusCode()).isEqualTo(400);
        assertThat(get("/feed.atom?" + actors).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/events?" + actors).statusCode()).isEqualTo(400);
        assertThat(get("/?" + "actor=JP&".repeat(50)).statusCode()).isEqualTo(200);
    }

    @Test
    void aSpaceOrControlCharacterInACodeOrSlugInThePathIsNotFound() throws Exception {
        for (String path : new String[] {"/actors/J%20P", "/actors/%01", "/events/a%20b", "/events/a%01b/cite.bib",
                "/api/v1/events/a%20b", "/developments/a%20b"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(header(response, "Cache-Control")).as(path).doesNotContain("public");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
