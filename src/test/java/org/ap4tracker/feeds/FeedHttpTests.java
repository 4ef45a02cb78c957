package org.ap4tracker.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.ap4tracker.timeline.TimelineFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every format over real HTTP, as a feed reader, a calendar application or a script fetches it: anonymously. */
@TrackerIntegrationTest
class FeedHttpTests {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @ParameterizedTest
    @EnumSource(TimelineFormat.class)
    void anyoneMayFetchEveryFormatAndCachesMayKeepItForFiveMinutes(TimelineFormat format) throws Exception {
        HttpResponse<String> response = send("GET", format.path() + "?actor=JP");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith(format.mediaType()).containsIgnoringCase("charset=UTF-8");
        assertThat(header(response, "Cache-Control")).contains("public", "max-age=300");
        assertThat(header(response, "ETag")).startsWith("W/\"");
        assertThat(header(response, "Last-Modified")).isNotEmpty();
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body()).contains("/events/2023-07-11-vilnius-summit");
    }

    @Test
    void theCsvSaysItHasAHeaderRow() throws Exception {
        assertThat(header(send("GET", "/events.csv"), "Content-Type")).contains("header=present");
    }

    @ParameterizedTest
    @EnumSource(TimelineFormat.class)
    void aParameterThatCannotBeUnderstoodIsAProblemListingEachOne(TimelineFormat format) throws Exception {
        HttpResponse<String> response = send("GET", format.path() + "?type=NOPE&from=abc&actor=JP",
                "Accept", format.mediaType());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://ap4tracker.org/problems/validation");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("instance").asString()).isEqualTo(format.path());
        assertThat(problem.get("detail").asString()).startsWith("The filter could not be understood.")
                .contains("from: Enter a year such as 2023.");
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactlyInAnyOrder("type", "from");
        assertThat(problem.get("errors").valueStream().map(error -> error.get("message").asString()).toList())
                .contains("Enter a year such as 2023.");
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void headAnswersWithTheHeadersAndNoBody() throws Exception {
        HttpResponse<String> get = send("GET", "/feed.atom?type=SUMMIT");
        HttpResponse<String> head = send("HEAD", "/feed.atom?type=SUMMIT");

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "Content-Type")).isEqualTo(header(get, "Content-Type"));
        assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
    }

    @Test
    void aClientWithTheCurrentCopyGetsNotModified() throws Exception {
        HttpResponse<String> first = send("GET", "/calendar.ics?actor=JP");

        HttpResponse<String> byTag = send("GET", "/calendar.ics?actor=JP", "If-None-Match", header(first, "ETag"));
        HttpResponse<String> byDate = send("GET", "/calendar.ics?actor=JP", "If-Modified-Since",
                header(first, "Last-Modified"));
        HttpResponse<String> otherFilter = send("GET", "/calendar.ics?actor=KR", "If-None-Match", header(first, "ETag"));

        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(header(byTag, "ETag")).isEqualTo(header(first, "ETag"));
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(otherFilter.statusCode()).isEqualTo(200);
        assertThat(List.of(header(otherFilter, "ETag"))).doesNotContain(header(first, "ETag"));
    }

    private HttpResponse<String> send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
