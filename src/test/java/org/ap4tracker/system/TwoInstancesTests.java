package org.ap4tracker.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ap4tracker.accounts.Accounts;
import org.ap4tracker.accounts.ApiTokens;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.events.internal.FacetCountCompaction;
import org.ap4tracker.support.AppInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer: whatever one instance
 * records, the other acts on at once. Sessions, sign-in throttling, idempotency keys and write quotas live in
 * the database; the cached facet counts are keyed by the last public change, and kept pages and API reads by the
 * public version, which both read from it; the change log and facet compaction are shared work that one
 * advisory lock keeps single.
 */
class TwoInstancesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String PASSWORD = "a long enough passphrase";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("AP4_SESSION=([^;]+)");

    static AppInstance a;
    static AppInstance b;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() {
        String[] limits = {"ap4.api.writes-per-minute=4", "ap4.login-throttle.account-failures=4"};
        a = AppInstance.startWithOwnDatabase(limits);
        b = AppInstance.startSharing(a, limits);
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
    }

    @Test
    void aSessionStartedOnOneInstanceIsSignedInOnTheOther() {
        a.bean(Accounts.class).create("two-session", "Two Session", Role.EDITOR, PASSWORD);

        HttpResponse<String> signedIn = signIn(a, "two-session", PASSWORD);

        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error", "locked");
        String session = cookie(signedIn);
        HttpResponse<String> desk = b.get("/admin", "Cookie", "AP4_SESSION=" + session);
        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(desk.body()).title()).startsWith("Dashboard");
    }

    @Test
    void wrongGuessesOnEitherInstanceCountTowardsOneLockout() {
        a.bean(Accounts.class).create("two-throttle", "Two Throttle", Role.EDITOR, PASSWORD);

        signIn(a, "two-throttle", "wrong guess 1");
        signIn(b, "two-throttle", "wrong guess 2");
        signIn(a, "two-throttle", "wrong guess 3");
        signIn(b, "two-throttle", "wrong guess 4");
        HttpResponse<String> right = signIn(a, "two-throttle", PASSWORD);

        assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/login?locked");
    }

    @Test
    void anIdempotencyKeyUsedOnOneInstanceReplaysOnTheOther() {
        String bearer = token("two-idempotent");
        String body = event("2100-06-01-two-idempotent", "Sent twice");

        HttpResponse<String> first = post(a, "/api/v1/events", body, bearer, "Idempotency-Key", "two-instances-1");
        HttpResponse<String> retry = post(b, "/api/v1/events", body, bearer, "Idempotency-Key", "two-instances-1");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(jdbc().sql("select count(*) from event where slug = '2100-06-01-two-idempotent'")
                .query(Integer.class).single()).isOne();
    }

    @Test
    void theWriteQuotaCountsWritesOnBothInstances() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            String username = "two-quota-" + attempt;
            String bearer = token(username);
            List<Integer> statuses = java.util.stream.IntStream.range(0, 5)
                    .mapToObj(i -> post(i % 2 == 0 ? a : b, "/api/v1/events", "{}", bearer).statusCode()).toList();
            boolean oneMinute = jdbc().sql("select count(*) from api_write_quota where username = :username")
                    .param("username", username).query(Integer.class).single() == 1;
            if (oneMinute) {
                assertThat(statuses.subList(0, 4)).doesNotContain(429);
                assertThat(statuses.get(4)).as("the fifth write in a minute, two of them on the other instance")
                        .isEqualTo(429);
                return;
            }
        }
        throw new AssertionError("Every attempt straddled a minute boundary");
    }

    @Test
    void aPublicationOnOneInstanceIsOnTheOthersPagesFeedsAndChangesAtOnce() {
        String bearer = token("two-publisher");
        Document before = Jsoup.parse(ok(b, "/?from=2100&to=2100"));
        String countBefore = jpCount(before);

        HttpResponse<String> published = post(a, "/api/v1/events?publish=true",
                event("2100-07-01-two-published", "Published on A"), bearer);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);

        Document after = Jsoup.parse(ok(b, "/?from=2100&to=2100"));
        assertThat(after.text()).contains("Published on A");
        assertThat(Integer.parseInt(jpCount(after))).isEqualTo(Integer.parseInt(countBefore) + 1);
        assertThat(ok(b, "/feed.atom?from=2100&to=2100")).contains("Published on A");
        assertThat(ok(b, "/changes.atom")).contains("Published on A");
        assertThat(allChanges(b)).contains("2100-07-01-two-published");
    }

    @Test
    void pagesAndApiReadsKeptByOneInstanceGiveWayToAPublicationOnTheOtherAtOnce() {
        String bearer = token("two-cache");
        // Asked twice, so B answers the second time from its response cache.
        ok(b, "/?actor=JP&from=2100&to=2100");
        assertThat(ok(b, "/?actor=JP&from=2100&to=2100")).doesNotContain("Kept pages give way");
        HttpResponse<String> list = b.get("/api/v1/events?actor=JP&limit=5");
        assertThat(b.get("/api/v1/events?actor=JP&limit=5", "If-None-Match", list.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(304);

        HttpResponse<String> published = post(a, "/api/v1/events?publish=true",
                event("2100-09-01-two-cached", "Kept pages give way"), bearer);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);

        assertThat(ok(b, "/?actor=JP&from=2100&to=2100")).contains("Kept pages give way");
        assertThat(ok(b, "/events/2100-09-01-two-cached")).contains("Kept pages give way");
        assertThat(b.get("/api/v1/events?actor=JP&limit=5", "If-None-Match", list.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(200);
        assertThat(ok(b, "/api/v1/events?actor=JP&limit=5")).contains("2100-09-01-two-cached");
    }

    @Test
    void facetCompactionRunByBothInstancesAtOnceLeavesTheCountsRight() {
        String bearer = token("two-compaction");
        for (int i = 1; i <= 3; i++) {
            post(a, "/api/v1/events?publish=true", event("2100-08-0" + i + "-two-compaction", "Compaction " + i), bearer);
        }
        String expected = jpCount(Jsoup.parse(ok(b, "/?from=2100&to=2100&type=MEETING")));

        CompletableFuture<Integer> onA = CompletableFuture.supplyAsync(() -> a.bean(FacetCountCompaction.class).compact());
        CompletableFuture<Integer> onB = CompletableFuture.supplyAsync(() -> b.bean(FacetCountCompaction.class).compact());
        CompletableFuture.allOf(onA, onB).join();

        assertThat(jpCount(Jsoup.parse(ok(a, "/?from=2100&to=2100&type=MEETING")))).isEqualTo(expected);
        assertThat(jpCount(Jsoup.parse(ok(b, "/?from=2100&to=2100&type=MEETING")))).isEqualTo(expected);
        assertThat(jdbc().sql("""
                select coalesce(sum(events), 0) from event_facet_count
                where actor_id = (select id from actor where code = 'JP') and topic_id = 0
                """).query(Long.class).single())
                .as("compacted counts still sum to the events, nothing counted twice")
                .isEqualTo(jdbc().sql("""
                        select count(*) from event e join event_actor ea on ea.event_id = e.id
                        join actor x on x.id = ea.actor_id where x.code = 'JP' and e.status = 'PUBLISHED'
                        """).query(Long.class).single());
    }

    private static JdbcClient jdbc() {
        return a.bean(JdbcClient.class);
    }

    private static String token(String username) {
        a.bean(Accounts.class).create(username, username, Role.EDITOR, PASSWORD);
        return "Bearer " + b.bean(ApiTokens.class).create(username, "two instances").secret();
    }

    private static String event(String slug, String title) {
        return """
                {"slug": "%s", "title": "%s", "summary": "Written on one instance.", "startDate": "%s",
                 "precision": "DAY", "qualifier": "EXACT", "type": "MEETING", "actors": ["JP"],
                 "sources": [{"url": "https://example.org/", "title": "A source"}]}
                """.formatted(slug, title, slug.substring(0, 10));
    }

    private static HttpResponse<String> post(AppInstance instance, String path, String json, String bearer,
            String... headers) {
        List<String> all = new java.util.ArrayList<>(List.of("Authorization", bearer, "Content-Type", "application/json"));
        all.addAll(List.of(headers));
        return instance.send(HttpRequest.newBuilder(URI.create(instance.url(path)))
                .POST(HttpRequest.BodyPublishers.ofString(json)), all.toArray(String[]::new));
    }

    private static HttpResponse<String> signIn(AppInstance instance, String username, String password) {
        HttpResponse<String> form = instance.get("/login");
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String body = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return instance.send(HttpRequest.newBuilder(URI.create(instance.url("/login")))
                .POST(HttpRequest.BodyPublishers.ofString(body)),
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookies(form));
    }

    /** The cookies a response sets, as a Cookie header sends them back: the sign-in form keeps its CSRF token in one. */
    private static String cookies(HttpResponse<?> response) {
        return String.join("; ", response.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0])
                .toList());
    }

    private static String cookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher session = SESSION.matcher(header);
            if (session.find()) {
                return session.group(1);
            }
        }
        throw new AssertionError("No session cookie in " + response.headers());
    }

    private static String ok(AppInstance instance, String path) {
        HttpResponse<String> response = instance.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The slugs of every entry in the API's change list, following its pages as a client would. */
    private static List<String> allChanges(AppInstance instance) {
        List<String> slugs = new java.util.ArrayList<>();
        String path = "/api/v1/changes";
        while (path != null) {
            JsonNode page = JSON.readTree(ok(instance, path));
            page.get("changes").forEach(change -> slugs.add(change.get("slug").asString()));
            URI next = page.get("hasMore").asBoolean() ? URI.create(page.get("next").asString()) : null;
            path = next == null ? null : next.getRawPath() + "?" + next.getRawQuery();
        }
        return slugs;
    }

    private static String jpCount(Document page) {
        return page.selectFirst("input[name=actor][value=JP]").parent().selectFirst(".facet-count").text();
    }
}
