package org.ap4tracker.api.writes;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.ap4tracker.accounts.Accounts;
import org.ap4tracker.accounts.ApiTokens;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.api.HttpClientSupport;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ap4tracker.api.HttpClientSupport.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a script can send that no output could carry, or that the database would refuse: each is a problem
 * naming its field, never a 500 and never the "same address" conflict a broken constraint used to become,
 * and nothing is written.
 */
@TrackerIntegrationTest
class HostileApiInputTests {

    static final String REFUSED = "This contains a control character, a damaged character (U+FFFD, what is left where "
            + "the text was not valid UTF-8) or half of an emoji. Retype or paste the text again without it.";

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

    String bearer;

    @BeforeEach
    void createAnEditorWithAToken() {
        http = new HttpClientSupport(port);
        accounts.create("api-hostile", "API Hostile", Role.EDITOR, "a long enough passphrase");
        bearer = "Bearer " + tokens.create("api-hostile", "tests").secret();
    }

    @AfterEach
    void deleteWhatTheTestCommitted() {
        jdbc.sql("delete from event where slug like '2032-%' or created_by = 'api-hostile'").update();
        jdbc.sql("delete from api_idempotency_key where username = 'api-hostile'").update();
        jdbc.sql("delete from api_write_quota where username = 'api-hostile'").update();
        jdbc.sql("delete from app_user where username = 'api-hostile'").update();
    }

    @Test
    void controlCharactersLoneSurrogatesAndReplacementCharactersAreFieldErrors() {
        ObjectNode event = EventWritesApiTests.event(json, "Talks\u0000resume");
        event.put("summary", "Half an emoji LONE-SURROGATE here.");
        event.put("location", "Tokyo \uFFFD");
        event.put("changeNote", "C1 \u009B control");
        ((ObjectNode) event.get("sources").get(0)).put("publisher", "Escape \u001B[0m");
        event.putArray("topics").add("partner\u0000ships");

        // Written as a JSON escape: no UTF-8 encoder would send a lone surrogate as bytes.
        String body = event.toString().replace("LONE-SURROGATE", "\\uDE00");

        JsonNode problem = problem(http.json("POST", "/api/v1/events", body, "Authorization", bearer), 422,
                "invalid-event");

        assertThat(EventWritesApiTests.fieldMessage(problem, "title")).isEqualTo(REFUSED);
        assertThat(EventWritesApiTests.fieldMessage(problem, "summary")).isEqualTo(REFUSED);
        assertThat(EventWritesApiTests.fieldMessage(problem, "location")).isEqualTo(REFUSED);
        assertThat(EventWritesApiTests.fieldMessage(problem, "changeNote")).isEqualTo(REFUSED);
        assertThat(EventWritesApiTests.fieldMessage(problem, "sources[0].publisher")).isEqualTo(REFUSED);
        assertThat(EventWritesApiTests.fieldMessage(problem, "topics")).isEqualTo(REFUSED);
        assertThat(written()).isZero();
    }

    @Test
    void yearsOutsideTheTrackedRangeAreFieldErrorsNotConflicts() {
        for (String date : new String[] {"-5000-01-01", "+99999-01-01", "1899-12-31", "2101-01-01"}) {
            ObjectNode event = EventWritesApiTests.event(json, "Far away");
            event.put("startDate", date);

            HttpResponse<String> response = create(event);

            assertThat(response.statusCode()).as(date + " " + response.body()).isIn(400, 422);
            assertThat(response.body()).contains("startDate").doesNotContain("same address");
        }
        JsonNode problem = problem(create(EventWritesApiTests.event(json, "Far away").put("startDate", "2101-01-01")),
                422, "invalid-event");
        assertThat(EventWritesApiTests.fieldMessage(problem, "startDate"))
                .isEqualTo("Give a date between the years 1900 and 2100.");
        assertThat(written()).isZero();
    }

    @Test
    void tenThousandSourcesAreRefusedWithTheLimit() {
        ObjectNode event = EventWritesApiTests.event(json, "Every source there is");
        ArrayNode sources = event.putArray("sources");
        for (int i = 0; i < 10_000; i++) {
            sources.addObject().put("url", "https://example.org/" + i).put("title", "Source " + i);
        }
        ArrayNode related = event.putArray("related");
        for (int i = 0; i < 101; i++) {
            related.add("event-" + i);
        }

        JsonNode problem = problem(create(event), 422, "invalid-event");

        assertThat(EventWritesApiTests.fieldMessage(problem, "sources"))
                .isEqualTo("Give at most 50 sources; an event needs only the ones that matter.");
        assertThat(EventWritesApiTests.fieldMessage(problem, "related")).isEqualTo("Name at most 100 related events.");
        assertThat(written()).isZero();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotRepairedAndStored() {
        byte[] body = EventWritesApiTests.event(json, "Broken XX bytes").toString().getBytes(StandardCharsets.UTF_8);
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("XX");
        body[at] = (byte) 0xC0;
        body[at + 1] = (byte) 0xFF;

        HttpResponse<String> response = http.send("POST", "/api/v1/events", HttpRequest.BodyPublishers.ofByteArray(body),
                "Authorization", bearer, "Content-Type", "application/json");

        problem(response, 400, "malformed-body");
        assertThat(written()).isZero();
    }

    @Test
    void aWithdrawalReasonWithANulIsRefusedAndTheEventStaysPublished() {
        HttpResponse<String> created = http.json("POST", "/api/v1/events?publish=true",
                EventWritesApiTests.event(json, "Soon withdrawn").toString(), "Authorization", bearer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String path = header(created, "Location").replaceFirst("^http://[^/]+", "");

        HttpResponse<String> withdrawn = http.json("POST", path + "/withdraw", "{\"reason\":\"Wrong\\u0000date\"}",
                "Authorization", bearer);

        assertThat(EventWritesApiTests.fieldMessage(problem(withdrawn, 422, "invalid-event"), "reason")).isEqualTo(REFUSED);
        assertThat(json.readTree(http.get(path, "Authorization", bearer).body()).get("status").asString())
                .isEqualTo("PUBLISHED");
    }

    @Test
    void ifMatchStarIsRefusedBecauseItSkipsTheLostUpdateCheck() {
        HttpResponse<String> created = create(EventWritesApiTests.event(json, "Guarded"));
        String path = header(created, "Location").replaceFirst("^http://[^/]+", "");

        HttpResponse<String> replaced = http.json("PUT", path, EventWritesApiTests.event(json, "Overwritten").toString(),
                "Authorization", bearer, "If-Match", "*");

        problem(replaced, 428, "precondition-required");
        assertThat(jdbc.sql("select title from event where created_by = 'api-hostile'").query(String.class).single())
                .isEqualTo("Guarded");
    }

    private HttpResponse<String> create(JsonNode body) {
        return http.json("POST", "/api/v1/events", body.toString(), "Authorization", bearer);
    }

    private JsonNode problem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(header(response, "Cache-Control")).contains("no-store");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://ap4tracker.org/problems/" + type);
        return problem;
    }

    private int written() {
        return jdbc.sql("select count(*) from event where created_by = 'api-hostile'").query(Integer.class).single();
    }
}
