package org.ap4tracker.api.writes;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.ap4tracker.accounts.Accounts;
import org.ap4tracker.accounts.ApiTokens;
import org.ap4tracker.accounts.IssuedApiToken;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.api.HttpClientSupport;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ap4tracker.api.HttpClientSupport.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing events through the API over real HTTP, as a script with a personal token would. Requests commit
 * like real ones; each test writes under its own account (so the write limit of one never reaches another)
 * and slugs starting with {@value #PREFIX}, and everything is deleted afterwards.
 */
@TrackerIntegrationTest
class EventWritesApiTests {

    static final String PREFIX = "2032-";

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    HttpClientSupport http;

    String username;

    String bearer;

    @BeforeEach
    void createAnEditorWithAToken() {
        http = new HttpClientSupport(port);
        username = "api-writer-" + ACCOUNTS.incrementAndGet();
        accounts.create(username, "API Writer", Role.EDITOR, "a long enough passphrase");
        IssuedApiToken token = tokens.create(username, "tests");
        bearer = "Bearer " + token.secret();
    }

    @AfterEach
    void deleteWhatTheTestCommitted() {
        jdbc.sql("delete from event where slug like '" + PREFIX + "%'").update();
        jdbc.sql("delete from api_idempotency_key where username like 'api-writer-%'").update();
        jdbc.sql("delete from api_write_quota where username like 'api-writer-%'").update();
        jdbc.sql("delete from app_user where username like 'api-writer-%'").update();
    }

    static ObjectNode event(JsonMapper json, String title) {
        ObjectNode event = json.createObjectNode()
                .put("title", title)
                .put("summary", "What happened, in a sentence.")
                .put("startDate", "2032-03-04")
                .put("precision", "DAY")
                .put("qualifier", "EXACT")
                .put("type", "MEETING");
        event.putArray("actors").add("JP").add("NATO");
        event.putArray("sources").addObject().put("url", "https://example.org/first").put("title", "First source");
        event.putArray("statements").addObject().put("speaker", "A Minister").put("quote", "We welcome this.")
                .put("stance", "SUPPORTIVE");
        return event;
    }

    ObjectNode event(String title) {
        return event(json, title);
    }

    HttpResponse<String> create(JsonNode body, String... headers) {
        return http.json("POST", "/api/v1/events", body.toString(), withToken(headers));
    }

    String[] withToken(String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", bearer));
        all.addAll(List.of(headers));
        return all.toArray(String[]::new);
    }

    JsonNode problem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://ap4tracker.org/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception", "java.", "org.ap4tracker", "\tat ");
        return problem;
    }

    static String fieldMessage(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("No error for " + field + " in " + problem);
    }

    @Test
    void anEditorCreatesADraftThatOnlyEditorsCanRead() {
        HttpResponse<String> created = create(event("Tokyo office: talks resume"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String url = "http://localhost:" + port + "/api/v1/events/2032-03-04-tokyo-office-talks-resume";
        assertThat(header(created, "Location")).isEqualTo(url);
        assertThat(header(created, "Content-Type")).isEqualTo("application/json;charset=UTF-8");
        assertThat(header(created, "Cache-Control")).isEqualTo("no-store, private");
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("slug").asString()).isEqualTo("2032-03-04-tokyo-office-talks-resume");
        assertThat(body.get("status").asString()).isEqualTo("DRAFT");
        assertThat(body.get("publishedAt").isNull()).isTrue();
        assertThat(body.get("actors").findValuesAsString("code")).containsExactly("NATO", "JP");
        assertThat(body.get("statements").get(0).get("quote").asString()).isEqualTo("We welcome this.");

        HttpResponse<String> asEditor = http.get("/api/v1/events/2032-03-04-tokyo-office-talks-resume",
                "Authorization", bearer);
        assertThat(asEditor.statusCode()).isEqualTo(200);
        assertThat(header(asEditor, "Cache-Control")).isEqualTo("no-store, private");
        assertThat(header(asEditor, "ETag")).isEqualTo(header(created, "ETag"));
        assertThat(asEditor.body()).isEqualTo(created.body());
        problem(http.get("/api/v1/events/2032-03-04-tokyo-office-talks-resume"), 404, "not-found");
        assertThat(header(http.get("/api/v1/events"), "Cache-Control")).isEqualTo("max-age=60, public");
        assertThat(header(http.get("/api/v1/events", "Authorization", bearer), "Cache-Control"))
                .isEqualTo("no-store, private");
    }

    @Test
    void publishingOnCreationPutsTheEventOnThePublicTimeline() {
        HttpResponse<String> created = http.json("POST", "/api/v1/events?publish=true",
                event("Published by a script").toString(), "Authorization", bearer);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json.readTree(created.body()).get("status").asString()).isEqualTo("PUBLISHED");
        HttpResponse<String> read = http.get("/api/v1/events/2032-03-04-published-by-a-script");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(header(read, "Cache-Control")).isEqualTo("max-age=60, public");
        assertThat(http.get("/api/v1/events?from=2032-01-01").body()).contains("2032-03-04-published-by-a-script");
        assertThat(jdbc.sql("select username from audit_log where entity_key = :slug and action = 'EVENT_CREATED_PUBLISHED'")
                .param("slug", "2032-03-04-published-by-a-script").query(String.class).single()).isEqualTo(username);
    }

    @Test
    void writingNeedsAValidTokenOrASession() {
        HttpResponse<String> anonymous = http.json("POST", "/api/v1/events", event("Anonymous").toString());
        JsonNode problem = problem(anonymous, 401, "authentication-required");
        assertThat(header(anonymous, "WWW-Authenticate")).isEqualTo("Bearer realm=\"AP4 Tracker API\"");
        assertThat(problem.get("detail").asString()).contains("Authorization: Bearer");

        HttpResponse<String> forged = http.json("POST", "/api/v1/events", event("Forged").toString(),
                "Authorization", "Bearer ap4_not-a-real-token");
        problem(forged, 401, "authentication-required");
        assertThat(header(forged, "WWW-Authenticate")).startsWith("Bearer realm=\"AP4 Tracker API\", error=\"invalid_token\"");
        problem(http.get("/api/v1/events", "Authorization", "Bearer ap4_not-a-real-token"), 401, "authentication-required");
        assertThat(jdbc.sql("select count(*) from event where slug like '2032-%'").query(Integer.class).single()).isZero();
    }

    @Test
    void aRevokedTokenNoLongerWrites() {
        IssuedApiToken token = tokens.create(username, "to revoke");
        assertThat(http.json("POST", "/api/v1/events", event("Before revoking").toString(),
                "Authorization", "Bearer " + token.secret()).statusCode()).isEqualTo(201);

        tokens.revoke(username, token.id());

        HttpResponse<String> after = http.json("POST", "/api/v1/events", event("After revoking").toString(),
                "Authorization", "Bearer " + token.secret());
        problem(after, 401, "authentication-required");
        assertThat(http.get("/api/v1/events/2032-03-04-after-revoking", "Authorization", bearer).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theEventInputRulesAnswer422WithTheFormsMessagesForEachField() {
        ObjectNode invalid = event("")
                .put("endDate", "2032-03-01")
                .put("summary", "x".repeat(601));
        invalid.putArray("statements").addObject().put("speaker", "Someone").put("stance", "NEUTRAL");
        ((ObjectNode) invalid.get("sources").get(0)).put("url", "javascript:alert(1)");

        JsonNode problem = problem(create(invalid), 422, "invalid-event");

        assertThat(fieldMessage(problem, "title")).isEqualTo("Enter a title.");
        assertThat(fieldMessage(problem, "summary")).isEqualTo("Keep the summary to 600 characters.");
        assertThat(fieldMessage(problem, "endDate")).isEqualTo("The last day cannot be before the first.");
        assertThat(fieldMessage(problem, "sources[0].url"))
                .isEqualTo("Enter a full web address starting with http:// or https://.");
        assertThat(fieldMessage(problem, "statements[0].quote"))
                .isEqualTo("Enter the quote, or a paraphrase of what was said.");
        assertThat(problem.get("detail").asString()).startsWith("The event has 5 errors: ");
        assertThat(jdbc.sql("select count(*) from event where slug like '2032-%'").query(Integer.class).single()).isZero();
    }

    @Test
    void unknownActorsTopicsStorylinesAndRelatedEventsAre422() {
        ObjectNode invalid = event("Unknown references").put("development", "no-such-storyline");
        invalid.putArray("actors").add("XX");
        invalid.putArray("topics").add("no-such-topic");
        invalid.putArray("related").add("no-such-event");

        JsonNode problem = problem(create(invalid), 422, "invalid-event");

        assertThat(fieldMessage(problem, "actors")).isEqualTo("There is no actor with the code XX.");
        assertThat(fieldMessage(problem, "topics")).isEqualTo("There is no topic no-such-topic.");
        assertThat(fieldMessage(problem, "development")).isEqualTo("There is no storyline no-such-storyline.");
        assertThat(fieldMessage(problem, "related")).isEqualTo("There is no event at the address no-such-event.");
    }

    @Test
    void publishingWithoutASourceIs422OnCreationAnd409ForAnExistingDraft() {
        ObjectNode sourceless = event("No sources");
        sourceless.putArray("sources");

        JsonNode refused = problem(http.json("POST", "/api/v1/events?publish=true", sourceless.toString(),
                "Authorization", bearer), 422, "invalid-event");
        assertThat(fieldMessage(refused, "sources")).startsWith("Add at least one source before publishing");

        assertThat(create(sourceless).statusCode()).isEqualTo(201);
        JsonNode conflict = problem(http.send("POST", "/api/v1/events/2032-03-04-no-sources/publish", "Authorization",
                bearer), 409, "conflict");
        assertThat(conflict.get("detail").asString()).startsWith("Add at least one source before publishing");
    }

    @Test
    void brokenJsonWrongTypesAndUnknownFieldsAre400NamingTheField() {
        JsonNode broken = problem(http.json("POST", "/api/v1/events", "{\"title\": \"Unclosed", "Authorization", bearer),
                400, "malformed-body");
        assertThat(broken.get("detail").asString()).startsWith("The body is not valid JSON (line 1, column ");

        JsonNode wrongDate = problem(create(event("Bad date").put("startDate", "2032-13-45")), 400, "malformed-body");
        assertThat(fieldMessage(wrongDate, "startDate")).isEqualTo("must be a date written as YYYY-MM-DD");

        JsonNode numberForText = problem(create(event("Number").put("title", 42)), 400, "malformed-body");
        assertThat(fieldMessage(numberForText, "title")).isEqualTo("must be a string");

        JsonNode unknownChoice = problem(create(event("Choice").put("type", "RUMOUR")), 400, "malformed-body");
        assertThat(fieldMessage(unknownChoice, "type")).startsWith("must be one of SUMMIT, MEETING,");

        ObjectNode withUnknown = event("Unknown field");
        ((ObjectNode) withUnknown.get("sources").get(0)).put("colour", "blue");
        JsonNode unknown = problem(create(withUnknown), 400, "malformed-body");
        assertThat(fieldMessage(unknown, "sources[0].colour")).startsWith("is not a field here; the fields are ")
                .contains("archiveUrl", "title", "url");

        JsonNode notAnObject = problem(http.json("POST", "/api/v1/events", "[1, 2]", "Authorization", bearer), 400,
                "malformed-body");
        assertThat(notAnObject.get("detail").asString()).isEqualTo("The body must be a JSON object.");
        assertThat(jdbc.sql("select count(*) from event where slug like '2032-%'").query(Integer.class).single()).isZero();
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        HttpResponse<String> response = http.send("POST", "/api/v1/events",
                HttpRequest.BodyPublishers.ofString(event("Text").toString()), "Authorization", bearer,
                "Content-Type", "text/plain");

        JsonNode problem = problem(response, 415, "unsupported-media-type");
        assertThat(problem.get("detail").asString()).contains("application/json", "text/plain");
    }

    @Test
    void bodiesOverOneMebibyteAre413WhetherTheirLengthIsDeclaredOrNot() {
        String huge = event("Huge").put("body", "x".repeat(1100 * 1024)).toString();

        HttpResponse<String> declared = http.json("POST", "/api/v1/events", huge, "Authorization", bearer);
        HttpResponse<String> chunked = http.send("POST", "/api/v1/events",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())),
                "Authorization", bearer, "Content-Type", "application/json");

        assertThat(problem(declared, 413, "content-too-large").get("detail").asString())
                .isEqualTo("The body is larger than 1048576 bytes (1 MiB), the most this API accepts.");
        problem(chunked, 413, "content-too-large");
        assertThat(jdbc.sql("select count(*) from event where slug like '2032-%'").query(Integer.class).single()).isZero();
    }

    @Test
    void replacingAnEventNeedsItsCurrentETag() {
        HttpResponse<String> created = create(event("To be replaced"));
        String path = "/api/v1/events/2032-03-04-to-be-replaced";
        String firstTag = header(created, "ETag");

        problem(http.json("PUT", path, event("Replaced").toString(), withToken()), 428, "precondition-required");

        HttpResponse<String> replaced = http.json("PUT", path, event("Replaced").put("location", "Tokyo").toString(),
                withToken("If-Match", firstTag));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        JsonNode body = json.readTree(replaced.body());
        assertThat(body.get("title").asString()).isEqualTo("Replaced");
        assertThat(body.get("location").asString()).isEqualTo("Tokyo");
        assertThat(body.get("slug").asString()).isEqualTo("2032-03-04-to-be-replaced");
        String secondTag = header(replaced, "ETag");
        assertThat(secondTag).isNotEqualTo(firstTag);
        assertThat(header(http.get(path, "Authorization", bearer), "ETag")).isEqualTo(secondTag);

        HttpResponse<String> stale = http.json("PUT", path, event("Stale").toString(), withToken("If-Match", firstTag));
        JsonNode problem = problem(stale, 412, "precondition-failed");
        assertThat(header(stale, "ETag")).isEqualTo(secondTag);
        assertThat(problem.get("detail").asString()).contains(secondTag);
        assertThat(json.readTree(http.get(path, "Authorization", bearer).body()).get("title").asString())
                .isEqualTo("Replaced");
        problem(http.json("PUT", "/api/v1/events/2032-no-such-event", event("Nothing").toString(),
                withToken("If-Match", firstTag)), 404, "not-found");
    }

    @Test
    void ofTwoRacingReplacementsWithTheSameETagOneWinsAndTheOtherIs412() throws Exception {
        String etag = header(create(event("Raced")), "ETag");
        String path = "/api/v1/events/2032-03-04-raced";
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<HttpResponse<String>>> racers = new ArrayList<>();
        for (String title : List.of("First racer", "Second racer")) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(ex);
                }
                return new HttpClientSupport(port).json("PUT", path, event(title).toString(),
                        withToken("If-Match", etag));
            }));
        }
        start.countDown();
        List<Integer> statuses = racers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted()
                .toList();

        assertThat(statuses).containsExactly(200, 412);
        HttpResponse<String> winner = racers.stream().map(CompletableFuture::join)
                .filter(response -> response.statusCode() == 200).findFirst().orElseThrow();
        JsonNode stored = json.readTree(http.get(path, "Authorization", bearer).body());
        assertThat(stored.get("title").asString()).isEqualTo(json.readTree(winner.body()).get("title").asString());
        assertThat(stored.get("version").asLong()).isEqualTo(json.readTree(winner.body()).get("version").asLong());
    }

    @Test
    void publishWithdrawAndUnpublishChangeWhatReadersSee() {
        create(event("Lifecycle"));
        String path = "/api/v1/events/2032-03-04-lifecycle";

        HttpResponse<String> published = http.json("POST", path + "/publish", "{\"note\": \"Checked\"}", withToken());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(json.readTree(published.body()).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(http.get(path).statusCode()).isEqualTo(200);

        problem(http.send("POST", path + "/publish", withToken()), 409, "conflict");
        problem(http.send("POST", path + "/withdraw", withToken("If-Match", "\"stale\"")), 412, "precondition-failed");
        JsonNode noReason = problem(http.json("POST", path + "/withdraw", "{\"note\": \"why not\"}", withToken()), 422,
                "invalid-event");
        assertThat(fieldMessage(noReason, "reason")).isEqualTo("Give the public reason for withdrawing the event.");

        // A reader's ETag of the published event names the same state as an editor's.
        HttpResponse<String> withdrawn = http.json("POST", path + "/withdraw", "{\"reason\": \"A duplicate.\"}",
                withToken("If-Match", header(http.get(path), "ETag")));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json.readTree(withdrawn.body()).get("withdrawnReason").asString()).isEqualTo("A duplicate.");
        JsonNode gone = problem(http.get(path), 410, "withdrawn");
        assertThat(gone.get("reason").asString()).isEqualTo("A duplicate.");

        assertThat(http.send("POST", path + "/publish", withToken()).statusCode()).isEqualTo(200);
        HttpResponse<String> unpublished = http.send("POST", path + "/unpublish", withToken());
        assertThat(json.readTree(unpublished.body()).get("status").asString()).isEqualTo("DRAFT");
        problem(http.get(path), 404, "not-found");
    }

    @Test
    void onlyDraftsNeverPublishedCanBeDeleted() {
        create(event("Draft to delete"));
        http.json("POST", "/api/v1/events?publish=true", event("Once published").toString(), withToken());

        HttpResponse<String> deleted = http.send("DELETE", "/api/v1/events/2032-03-04-draft-to-delete", withToken());
        JsonNode refused = problem(http.send("DELETE", "/api/v1/events/2032-03-04-once-published", withToken()), 409,
                "conflict");

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(http.get("/api/v1/events/2032-03-04-draft-to-delete", "Authorization", bearer).statusCode())
                .isEqualTo(404);
        assertThat(refused.get("detail").asString())
                .isEqualTo("Only a draft that was never published can be deleted; withdraw it instead.");
        assertThat(http.get("/api/v1/events/2032-03-04-once-published").statusCode()).isEqualTo(200);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstResponseAndCreatesNothingMore() {
        ObjectNode body = event("Sent twice");

        HttpResponse<String> first = create(body, "Idempotency-Key", "3f1c9a52-key-one");
        HttpResponse<String> retry = create(body, "Idempotency-Key", "3f1c9a52-key-one");
        HttpResponse<String> otherBody = create(event("Something else"), "Idempotency-Key", "3f1c9a52-key-one");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(header(retry, "Location")).isEqualTo(header(first, "Location"));
        assertThat(header(retry, "ETag")).isEqualTo(header(first, "ETag"));
        assertThat(header(retry, "Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc.sql("select count(*) from event where slug like '2032-03-04-sent-twice%'").query(Integer.class)
                .single()).isEqualTo(1);
        JsonNode reused = problem(otherBody, 422, "idempotency-key-reused");
        assertThat(reused.get("detail").asString()).contains("3f1c9a52-key-one");
        assertThat(jdbc.sql("select count(*) from event where slug like '2032-03-04-something-else%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aKeyWhoseFirstRequestIsStillRunningIs409AndAFailedRequestReleasesItsKey() {
        byte[] body = event("In flight").toString().getBytes();
        jdbc.sql("insert into api_idempotency_key (username, idempotency_key, request_hash) values (:u, 'busy', :h)")
                .param("u", username)
                .param("h", IdempotencyKeys.hash("POST", "/api/v1/events", null, body))
                .update();

        problem(create(event("In flight"), "Idempotency-Key", "busy"), 409, "idempotency-key-in-use");

        problem(create(event(""), "Idempotency-Key", "fixed-later"), 422, "invalid-event");
        assertThat(create(event("Fixed"), "Idempotency-Key", "fixed-later").statusCode()).isEqualTo(201);
    }

    @Test
    void anAccountMakingTooManyWritesIsToldWhenToComeBack() {
        // This minute's and the next one's windows are full already, so the minute may turn during the test.
        jdbc.sql("""
                insert into api_write_quota (username, window_start, writes)
                values (:u, date_trunc('minute', now()), 60), (:u, date_trunc('minute', now()) + interval '1 minute', 60)""")
                .param("u", username).update();

        HttpResponse<String> refused = create(event("One too many"));

        JsonNode problem = problem(refused, 429, "rate-limited");
        assertThat(Integer.parseInt(header(refused, "Retry-After"))).isBetween(1, 61);
        assertThat(problem.get("detail").asString()).startsWith("This account has made more than 60 writes");
        assertThat(http.get("/api/v1/events/2032-03-04-one-too-many", "Authorization", bearer).statusCode())
                .isEqualTo(404);
    }

    @Test
    void editorsListDraftsOnTheDeskWhichReadersCannotSee() {
        create(event("On the desk"));

        HttpResponse<String> drafts = http.get("/api/v1/desk/events?status=DRAFT&limit=100", "Authorization", bearer);

        assertThat(drafts.statusCode()).isEqualTo(200);
        assertThat(header(drafts, "Cache-Control")).isEqualTo("no-store, private");
        assertThat(json.readTree(drafts.body()).get("events").findValuesAsString("slug"))
                .contains("2032-03-04-on-the-desk");
        problem(http.get("/api/v1/desk/events"), 401, "authentication-required");
        JsonNode invalid = problem(http.get("/api/v1/desk/events?status=LOST", "Authorization", bearer), 400,
                "validation");
        assertThat(fieldMessage(invalid, "status")).isEqualTo("must be one of DRAFT, PUBLISHED, WITHDRAWN");
    }
}
