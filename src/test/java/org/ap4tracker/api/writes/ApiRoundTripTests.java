package org.ap4tracker.api.writes;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ap4tracker.Ap4TrackerApplication;
import org.ap4tracker.accounts.Accounts;
import org.ap4tracker.accounts.ApiTokens;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.api.HttpClientSupport;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ap4tracker.api.HttpClientSupport.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the API says about every event is enough to rebuild the dataset through the API: read every
 * event as an editor (the seed's, drafts and withdrawn ones too), write them all into a second, empty
 * tracker, read that one back, and the two agree in everything but timestamps, versions and host names.
 */
@TrackerIntegrationTest
class ApiRoundTripTests {

    private static final String PASSPHRASE = "a long enough passphrase";

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

    @AfterEach
    void deleteWhatTheTestCommitted() {
        jdbc.sql("delete from event where slug like '2032-%'").update();
        jdbc.sql("delete from api_write_quota where username = 'api-round-trip'").update();
        jdbc.sql("delete from app_user where username = 'api-round-trip'").update();
    }

    @Test
    void everyEventReadThroughTheApiWritesAnIdenticalDatasetIntoAnEmptyTracker() {
        accounts.create("api-round-trip", "Round Trip", Role.EDITOR, PASSPHRASE);
        Client source = new Client(new HttpClientSupport(port), "Bearer " + tokens.create("api-round-trip", "source").secret());
        addEventsOfEveryKind(source);
        Map<String, JsonNode> original = source.everyEvent();
        assertThat(original).containsKeys("2023-07-12-nato-japan-itpp-agreed", "2032-03-04-a-draft",
                "2032-03-05-withdrawn-after-publishing", "2032-03-06-related-to-a-draft");
        assertThat(original.values()).extracting(event -> event.get("status").asString())
                .contains("DRAFT", "PUBLISHED", "WITHDRAWN");

        try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(Ap4TrackerApplication.class)
                .properties("ap4.storage.ephemeral=true", "server.port=0", "ap4.api.writes-per-minute=100000",
                        "ap4.accounts.initial-admin-password=" + PASSPHRASE)
                .run()) {
            empty.getBean(JdbcClient.class).sql("delete from event").update();
            empty.getBean(Accounts.class).create("api-round-trip", "Round Trip", Role.EDITOR, PASSPHRASE);
            int targetPort = ((WebServerApplicationContext) empty).getWebServer().getPort();
            Client target = new Client(new HttpClientSupport(targetPort),
                    "Bearer " + empty.getBean(ApiTokens.class).create("api-round-trip", "target").secret());
            assertThat(target.everyEvent()).isEmpty();

            original.values().forEach(target::create);
            original.values().stream().filter(event -> !event.get("related").isEmpty()).forEach(target::relate);
            Map<String, JsonNode> copy = target.everyEvent();

            assertThat(copy.keySet()).containsExactlyElementsOf(original.keySet());
            original.forEach((slug, event) -> assertThat(normalised(copy.get(slug), targetPort)).as(slug)
                    .isEqualTo(normalised(event, port)));
        }
    }

    private void addEventsOfEveryKind(Client source) {
        source.post("/api/v1/events", EventWritesApiTests.event(json, "A draft").put("startDate", "2032-03-04")
                .put("body", "Some *Markdown*."), 201);
        ObjectNode withdrawn = EventWritesApiTests.event(json, "Withdrawn after publishing").put("startDate", "2032-03-05")
                .put("precision", "MONTH").put("qualifier", "MID").put("development", "tokyo-liaison-office")
                .put("slug", "2032-03-05-withdrawn-after-publishing");
        withdrawn.putArray("topics").add("cyber-defence");
        source.post("/api/v1/events?publish=true", withdrawn, 201);
        source.post("/api/v1/events/2032-03-05-withdrawn-after-publishing/withdraw",
                json.createObjectNode().put("reason", "Recorded twice."), 200);
        ObjectNode related = EventWritesApiTests.event(json, "Related to a draft").put("startDate", "2032-03-06")
                .put("endDate", "2032-03-08").put("location", "Tokyo");
        related.putArray("related").add("2032-03-04-a-draft").add("2023-07-12-nato-japan-itpp-agreed");
        ((ObjectNode) related.get("statements").get(0)).put("actor", "JP").put("language", "ja")
                .put("originalText", "歓迎します。").put("statedOn", "2032-03-06");
        source.post("/api/v1/events?publish=true", related, 201);
    }

    /** What legitimately differs between two trackers: when things happened, how often, and their host. */
    private JsonNode normalised(JsonNode event, int port) {
        ObjectNode copy = (ObjectNode) json.readTree(event.toString().replace("http://localhost:" + port, "http://host"));
        copy.put("updatedAt", "…").put("version", 0);
        if (!copy.get("publishedAt").isNull()) {
            copy.put("publishedAt", "…");
        }
        return copy;
    }

    /** An API client acting as an editor, with a personal token. */
    private final class Client {

        private final HttpClientSupport http;
        private final String bearer;

        Client(HttpClientSupport http, String bearer) {
            this.http = http;
            this.bearer = bearer;
        }

        /** Every event in any state, read one by one, by slug. */
        Map<String, JsonNode> everyEvent() {
            Map<String, JsonNode> events = new TreeMap<>();
            String page = "/api/v1/desk/events?limit=100";
            while (page != null) {
                JsonNode list = read(page);
                for (JsonNode summary : list.get("events")) {
                    String slug = summary.get("slug").asString();
                    events.put(slug, read("/api/v1/events/" + slug));
                }
                page = list.get("next").isNull() ? null : list.get("next").asString().replaceFirst("^http://[^/]+", "");
            }
            return events;
        }

        /** Writes the event as it was read, without its related events, which may not exist yet. */
        void create(JsonNode event) {
            String status = event.get("status").asString();
            boolean everPublished = !status.equals("DRAFT");
            ObjectNode input = input(event);
            input.putArray("related");
            post("/api/v1/events" + (everPublished ? "?publish=true" : ""), input, 201);
            if (status.equals("WITHDRAWN")) {
                post("/api/v1/events/" + event.get("slug").asString() + "/withdraw",
                        json.createObjectNode().put("reason", event.get("withdrawnReason").asString()), 200);
            }
        }

        /** Adds the related events, now that they all exist; the relation is symmetric, so some are there already. */
        void relate(JsonNode event) {
            String path = "/api/v1/events/" + event.get("slug").asString();
            HttpResponse<String> current = http.get(path, "Authorization", bearer);
            HttpResponse<String> replaced = http.json("PUT", path, input(event).toString(), "Authorization", bearer,
                    "If-Match", header(current, "ETag"));
            assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        }

        /** The event as the desk's form would have it, from its representation. */
        private ObjectNode input(JsonNode event) {
            ObjectNode input = json.createObjectNode();
            for (String field : List.of("slug", "title", "summary", "body", "type", "location")) {
                input.set(field, event.get(field));
            }
            JsonNode date = event.get("date");
            input.set("startDate", date.get("start"));
            input.set("endDate", date.get("end"));
            input.set("precision", date.get("precision"));
            input.set("qualifier", date.get("qualifier"));
            input.set("development", event.get("development").isNull() ? null : event.get("development").get("slug"));
            input.set("actors", codes(event.get("actors"), "code"));
            input.set("topics", codes(event.get("topics"), "slug"));
            ArrayNode sources = input.putArray("sources");
            for (JsonNode source : event.get("sources")) {
                // What the link checker last found is read-only: the tracker records it, writers do not.
                sources.add(((ObjectNode) source.deepCopy()).without("linkDead"));
            }
            ArrayNode statements = input.putArray("statements");
            for (JsonNode statement : event.get("statements")) {
                ObjectNode row = (ObjectNode) statement.deepCopy();
                row.set("actor", statement.get("actor").isNull() ? null : statement.get("actor").get("code"));
                statements.add(row);
            }
            input.set("related", event.get("related"));
            return input;
        }

        private ArrayNode codes(JsonNode references, String field) {
            ArrayNode codes = json.createArrayNode();
            references.forEach(reference -> codes.add(reference.get(field).asString()));
            return codes;
        }

        private JsonNode read(String path) {
            HttpResponse<String> response = http.get(path, "Authorization", bearer);
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
            return json.readTree(response.body());
        }

        void post(String path, JsonNode body, int expectedStatus) {
            HttpResponse<String> response = http.json("POST", path, body.toString(), "Authorization", bearer);
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(expectedStatus);
        }
    }
}
