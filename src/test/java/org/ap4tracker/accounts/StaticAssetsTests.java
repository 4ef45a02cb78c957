package org.ap4tracker.accounts;

import java.net.URI;
import java.time.Duration;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ap4tracker.support.StatementCounter;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Style sheets and scripts keep the site's security headers but pass none of the session, request-cache or CSRF work. */
@TrackerIntegrationTest
class StaticAssetsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FilterChainProxy securityFilters;

    @Autowired
    StatementCounter statements;

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStyleSheetCarriesTheSecurityHeadersAndNoCookie() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/assets/css/app.css")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000");
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void aBrowserAskingForFaviconIcoIsSentToTheSitesIconForGood() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/favicon.ico")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(301);
        assertThat(response.getRedirectedUrl()).endsWith("/assets/favicon.svg");
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
        assertThat(mvc.perform(get("/assets/favicon.svg")).andReturn().getResponse().getContentType())
                .startsWith("image/svg+xml");
    }

    @Test
    void assetsPassNoSessionRequestCacheOrCsrfFilter() {
        assertThat(securityFilters.getFilters("/assets/css/app.css"))
                .noneMatch(filter -> filter instanceof CsrfFilter || filter instanceof RequestCacheAwareFilter
                        || filter instanceof SessionManagementFilter);
        assertThat(securityFilters.getFilters("/admin"))
                .anyMatch(filter -> filter instanceof CsrfFilter);
    }

    @Test
    void aStyleSheetRequestedWithASessionCookieNeverReadsTheSession() throws Exception {
        accounts.create("assets-editor", "Assets Editor", Role.EDITOR, "a long enough passphrase");
        String session = signIn("assets-editor", "a long enough passphrase");
        assertThat(fetch("/admin", session).statusCode()).as("the cookie is a live session").isEqualTo(200);

        statements.reset();
        HttpResponse<String> styleSheet = fetch("/assets/css/app.css", session);

        assertThat(styleSheet.statusCode()).isEqualTo(200);
        assertThat(styleSheet.body()).isNotEmpty();
        // Spring MVC finishes a request (and used to look its session up) after the response has gone out.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(statements.count()).as("no session read from the store").isZero());
        assertThat(styleSheet.headers().allValues("Set-Cookie")).isEmpty();
        statements.reset();
        assertThat(fetch("/admin", session).statusCode()).isEqualTo(200);
        assertThat(statements.count()).as("pages still read the session").isPositive();
    }

    private String signIn(String username, String password) throws Exception {
        HttpResponse<String> form = fetch("/login", null);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String body = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return cookies(signedIn);
    }

    private static String cookies(HttpResponse<?> response) {
        return String.join("; ", response.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0]).toList());
    }

    private HttpResponse<String> fetch(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (cookie != null && !cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
