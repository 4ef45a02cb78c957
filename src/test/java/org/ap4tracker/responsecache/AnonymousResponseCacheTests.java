package org.ap4tracker.responsecache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ap4tracker.accounts.Accounts;
import org.ap4tracker.accounts.ApiTokens;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.StatementCounter;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous readers get kept pages and API reads for one statement; signed-in editors and error responses
 * never touch the cache. Requests go over HTTP to the running server, as a browser's would, so the whole filter
 * chain (session, security, error pages) is in play.
 */
@TrackerIntegrationTest
class AnonymousResponseCacheTests {

    static final String EVENT = "/events/2023-07-11-vilnius-summit";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    StatementCounter statements;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRepeatedPageIsTheKeptOneForOneStatementWithItsHeaders() {
        HttpResponse<String> first = get("/?actor=JP&type=SUMMIT");
        statements.reset();
        HttpResponse<String> again = get("/?actor=JP&type=SUMMIT");

        assertThat(statements.count()).as("only the public version is read").isEqualTo(1);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body()).contains("Vilnius");
        assertThat(again.headers().firstValue("Content-Type")).contains("text/html;charset=UTF-8");
        assertThat(again.headers().firstValue("Content-Language")).isEqualTo(first.headers().firstValue("Content-Language"));
        assertThat(again.headers().firstValue("Content-Security-Policy"))
                .isEqualTo(first.headers().firstValue("Content-Security-Policy")).isPresent();

        statements.reset();
        assertThat(get("/?type=SUMMIT&actor=JP").body()).as("the same filter in another order").isEqualTo(first.body());
        assertThat(statements.count()).isEqualTo(1);
    }

    @Test
    void anEventPageAndAnApiReadAreKeptToo() {
        String page = get(EVENT).body();
        String json = get("/api/v1/events/2023-07-11-vilnius-summit").body();
        statements.reset();

        assertThat(get(EVENT).body()).isEqualTo(page);
        assertThat(get("/api/v1/events/2023-07-11-vilnius-summit").body()).isEqualTo(json);
        assertThat(statements.count()).isEqualTo(2);
    }

    @Test
    void aConditionalRequestIsAnswered304BeforeAnyListIsRead() {
        HttpResponse<String> list = get("/api/v1/events?limit=5");
        String etag = list.headers().firstValue("ETag").orElseThrow();
        String lastModified = list.headers().firstValue("Last-Modified").orElseThrow();

        statements.reset();
        HttpResponse<String> byTag = get("/api/v1/events?limit=5", "If-None-Match", etag);
        HttpResponse<String> byDate = get("/api/v1/events?limit=5", "If-Modified-Since", lastModified);

        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).contains(etag);
        assertThat(byTag.headers().firstValue("Cache-Control")).isEqualTo(list.headers().firstValue("Cache-Control"));
        assertThat(String.join(",", byTag.headers().allValues("Vary")).toLowerCase(java.util.Locale.ROOT))
                .contains("authorization", "cookie");
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(statements.count()).as("the public version, once per request").isEqualTo(2);
        assertThat(get("/api/v1/events?limit=5", "If-None-Match", "\"something-older\"").statusCode()).isEqualTo(200);
    }

    @Test
    void signedInEditorsNeverGetAKeptResponse() {
        accounts.create("cache-editor", "Cache Editor", Role.EDITOR, "a long enough passphrase");
        String session = signIn("cache-editor", "a long enough passphrase");
        get("/?type=MEETING");
        get("/api/v1/events/2023-07-11-vilnius-summit");

        statements.reset();
        HttpResponse<String> page = get("/?type=MEETING", "Cookie", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(statements.count()).as("rendered for the editor, session looked up").isGreaterThan(3);

        String bearer = "Bearer " + tokens.create("cache-editor", "cache test").secret();
        HttpResponse<String> json = get("/api/v1/events/2023-07-11-vilnius-summit", "Authorization", bearer);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Cache-Control").orElseThrow()).contains("private", "no-store");
        assertThat(json.body()).contains("\"status\"");
    }

    @Test
    void errorResponsesAreNeverKept() {
        for (String path : new String[] {"/events/no-such-event", "/?from=not-a-year", "/api/v1/events?actor=NOPE",
                "/api/v1/events/no-such-event"}) {
            int status = get(path).statusCode();
            assertThat(status).as(path).isBetween(400, 499);
            statements.reset();
            HttpResponse<String> again = get(path);
            assertThat(again.statusCode()).as(path).isEqualTo(status);
            assertThat(statements.count()).as(path + " answered again, not replayed").isGreaterThan(1);
            assertThat(again.headers().firstValue("Cache-Control").orElse("")).as(path).contains("no-store");
        }
    }

    private String signIn(String username, String password) {
        HttpResponse<String> form = get("/login");
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String body = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .POST(HttpRequest.BodyPublishers.ofString(body)),
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookies(form));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return cookies(signedIn);
    }

    private static String cookies(HttpResponse<?> response) {
        return String.join("; ", response.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0])
                .toList());
    }

    private HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET(), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
