package org.ap4tracker.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ap4tracker.Ap4TrackerApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer, talked to over real HTTP:
 * the throttle holds when guesses are spread over both, and a change made on one instance reaches the
 * sessions the other one serves. Client addresses come from {@code X-Forwarded-For}, which both instances
 * trust here as they would behind a proxy. These contexts are never touched by MockMvc's {@code csrf()}
 * (which swaps the CSRF filter's token store for a session-based one in the context it runs in), so they
 * also show what an anonymous visitor really gets: no session, and a sign-in form whose token is a cookie.
 */
class TwoInstanceTests {

    static final String PASSWORD = SignInTests.PASSWORD;

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoInstances() {
        first = instance("ap4.storage.ephemeral=true");
        JdbcConnectionDetails database = first.getBean(JdbcConnectionDetails.class);
        second = instance("spring.datasource.url=" + database.getJdbcUrl(),
                "spring.datasource.username=" + database.getUsername(), "spring.datasource.password=");
    }

    @AfterAll
    static void stopBoth() {
        second.close();
        first.close();
    }

    private static ConfigurableApplicationContext instance(String... properties) {
        return new SpringApplicationBuilder(Ap4TrackerApplication.class)
                .properties("server.port=0", "server.forward-headers-strategy=native")
                .properties(properties)
                .run();
    }

    @BeforeEach
    void createAccounts() {
        Accounts accounts = first.getBean(Accounts.class);
        accounts.create("twin-editor", "Twin Editor", Role.EDITOR, PASSWORD);
        accounts.create("twin-admin", "Twin Admin", Role.ADMIN, PASSWORD);
    }

    @AfterEach
    void cleanUp() {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        jdbc.sql("delete from spring_session where principal_name like 'twin-%'").update();
        jdbc.sql("delete from app_user where username like 'twin-%'").update();
        SignInFixtures.clearThrottle(jdbc);
    }

    @Test
    void sixtyGuessesAtOneAccountSpreadOverBothInstancesGetAtMostFiveChecked() throws Exception {
        long checked = checked(guessAtOnce(n -> "twin-editor", n -> "10.90.0." + n), "one account, 60 addresses");

        assertThat(checked).isBetween(1L, 5L);
    }

    @Test
    void sixtyGuessesFromOneAddressSpreadOverBothInstancesGetAtMostTwentyChecked() throws Exception {
        long checked = checked(guessAtOnce(n -> "twin-nobody-" + n, n -> "10.91.0.1"), "one address, 60 accounts");

        assertThat(checked).isBetween(1L, 20L);
    }

    @Test
    void changesMadeOnOneInstanceReachSessionsServedByTheOther() throws Exception {
        String adminSession = signIn(port(first), "twin-admin", "10.92.0.1");
        String editorSession = signIn(port(first), "twin-editor", "10.92.0.2");
        assertThat(status(port(second), "/admin/users", adminSession)).isEqualTo(200);
        assertThat(status(port(second), "/admin", editorSession)).isEqualTo(200);

        Accounts onSecond = second.getBean(Accounts.class);
        onSecond.update("twin-admin", "Twin Admin", Role.EDITOR);
        onSecond.resetPassword("TWIN-EDITOR", "a reset passphrase for the twin");

        assertThat(status(port(first), "/admin/users", adminSession)).as("demoted").isEqualTo(403);
        assertThat(status(port(first), "/admin", adminSession)).isEqualTo(200);
        assertThat(status(port(first), "/admin", editorSession)).as("password reset").isEqualTo(302);

        onSecond.disable("twin-admin");
        assertThat(status(port(first), "/admin", adminSession)).as("disabled").isEqualTo(302);
    }

    @Test
    void anonymousVisitorsGetNoSessionFromPublicPagesTheSignInFormOrFailedSignIns() throws Exception {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        long before = jdbc.sql("select count(*) from spring_session").query(Long.class).single();

        List<HttpResponse<String>> visits = new ArrayList<>();
        for (String path : List.of("/", "/about", "/changes", "/login", "/login?error", "/admin/events")) {
            visits.add(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(second) + path)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        visits.add(http.send(signInRequest(port(second), loginForm(port(second)), "twin-editor", "not the password",
                "10.93.0.1"), HttpResponse.BodyHandlers.ofString()));

        assertThat(visits).allSatisfy(visit -> {
            assertThat(visit.statusCode()).isIn(200, 302);
            assertThat(visit.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("AP4_SESSION"));
        });
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theSignInFormKeepsItsCsrfTokenInAnHttpOnlyCookieAndRefusesAPostWithoutIt() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(first)
                + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("AP4_LOGIN_CSRF=").contains("HttpOnly", "Path=/login"));
        Form form = loginForm(port(first));

        HttpResponse<String> withoutCookie = http.send(signInRequest(port(first), new Form("", form.token()),
                "twin-editor", PASSWORD, "10.93.0.2"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withCookie = http.send(signInRequest(port(first), form, "twin-editor", PASSWORD,
                "10.93.0.2"), HttpResponse.BodyHandlers.ofString());

        assertThat(withoutCookie.statusCode()).isEqualTo(403);
        assertThat(withCookie.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/admin"));
    }

    /** How many guesses got a password check; every other one must have been refused as locked. */
    private static long checked(List<String> outcomes, String what) {
        assertThat(outcomes).hasSize(60).containsOnly("/login?error", "/login?locked");
        long checked = outcomes.stream().filter("/login?error"::equals).count();
        System.out.printf("Two instances, %s: %d checked, %d refused as locked%n", what, checked, 60 - checked);
        return checked;
    }

    private List<String> guessAtOnce(IntFunction<String> username, IntFunction<String> address) throws Exception {
        Form form = loginForm(port(first));
        List<CompletableFuture<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            int port = n % 2 == 0 ? port(first) : port(second);
            guesses.add(http.sendAsync(signInRequest(port, form, username.apply(n), "wrong guess " + n,
                    address.apply(n)), HttpResponse.BodyHandlers.ofString()));
        }
        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> guess : guesses) {
            URI location = URI.create(guess.get().headers().firstValue("Location").orElse("/"));
            outcomes.add(location.getPath() + "?" + location.getQuery());
        }
        return outcomes;
    }

    private String signIn(int port, String username, String address) throws Exception {
        HttpResponse<String> response = http.send(signInRequest(port, loginForm(port), username, PASSWORD, address),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/admin"));
        return cookie(response, "AP4_SESSION");
    }

    private static int status(int port, String path, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "AP4_SESSION=" + session).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Form loginForm(int port) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        return new Form(cookie(page, "AP4_LOGIN_CSRF"), token.group(1));
    }

    private static HttpRequest signInRequest(int port, Form form, String username, String password, String address) {
        String body = "username=" + username + "&password=" + password.replace(' ', '+') + "&_csrf=" + form.token();
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "AP4_LOGIN_CSRF=" + form.cookie())
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .map(header -> header.substring(name.length() + 1, header.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private record Form(String cookie, String token) {
    }
}
