package org.ap4tracker.api.writes;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.ap4tracker.accounts.Accounts;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Writing from an editor's browser: the site's session signs the request in, and then its CSRF token must
 * come with it, while a request without that token is refused however valid its cookie. And an account
 * without the editor role cannot write at all.
 */
@TrackerIntegrationTest
class ApiAuthenticationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    HttpClient browser;

    @BeforeEach
    void createAnEditor() {
        accounts.create("api-session-editor", "Session Editor", Role.EDITOR, "a long enough passphrase");
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @AfterEach
    void deleteWhatTheTestCommitted() {
        jdbc.sql("delete from event where slug like '2032-%'").update();
        jdbc.sql("delete from api_write_quota where username = 'api-session-editor'").update();
        jdbc.sql("delete from app_user where username = 'api-session-editor'").update();
    }

    @Test
    void aSignedInBrowserWritesOnlyWithItsCsrfToken() throws Exception {
        String loginToken = csrfTokenOn("/login");
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=api-session-editor&password="
                        + URLEncoder.encode("a long enough passphrase", StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(loginToken, StandardCharsets.UTF_8))));
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/admin"));
        String body = EventWritesApiTests.event(json, "Written in the browser").toString();

        HttpResponse<String> withoutToken = send(apiPost("/api/v1/events", body));
        HttpResponse<String> withToken = send(apiPost("/api/v1/events", body).header("X-CSRF-TOKEN", csrfTokenOn("/admin")));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        JsonNode problem = json.readTree(withoutToken.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://ap4tracker.org/problems/csrf-rejected");
        assertThat(problem.get("detail").asString()).contains("X-CSRF-TOKEN");
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from event where slug = '2032-03-04-written-in-the-browser'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select username from audit_log where entity_key = '2032-03-04-written-in-the-browser'")
                .query(String.class).single()).isEqualTo("api-session-editor");
    }

    @Test
    void anApiCallCreatesNoSession() throws Exception {
        HttpResponse<String> write = send(apiPost("/api/v1/events", "{}"));

        assertThat(write.statusCode()).isEqualTo(401);
        assertThat(write.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void anAccountWithoutTheEditorRoleIsForbidden() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/events")
                        .with(user("reader").roles("READER")).with(csrf())
                        .contentType("application/json").content("{}"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("https://ap4tracker.org/problems/forbidden");
        assertThat(problem.get("detail").asString()).isEqualTo("This account lacks the editor role, which this request needs.");
    }

    private String csrfTokenOn(String page) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(page)).GET());
        return Jsoup.parse(response.body()).select("input[name=_csrf]").first().val();
    }

    private HttpRequest.Builder apiPost(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
