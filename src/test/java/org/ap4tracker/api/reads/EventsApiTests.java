package org.ap4tracker.api.reads;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The events, storylines, actors and topics as a client reads them, over the seed dataset and data the test
 * writes. MockMvc runs in the test's transaction, so that data is rolled back afterwards.
 */
@TrackerIntegrationTest
@Transactional
class EventsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(jdbc);
    }

    @Test
    void theEventListPagesThroughEveryPublishedEventOnceWithNextLinksInBodyAndHeader() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/api/v1/events?limit=5")).andReturn().getResponse();

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentType()).isEqualTo("application/json;charset=UTF-8");
        JsonNode page = json.readTree(first.getContentAsString());
        String next = page.get("next").asString();
        assertThat(next).startsWith("http://localhost/api/v1/events?limit=5&cursor=");
        assertThat(first.getHeader("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
        assertThat(page.get("events").get(0).get("slug").asString())
                .isEqualTo("2025-06-24-japan-and-south-korea-advance-defence-industrial-cooperation");

        List<String> walked = walk("/api/v1/events?limit=5");
        assertThat(walked).hasSize(29).doesNotHaveDuplicates()
                .endsWith("1999-05-07-nato-bombing-of-chinese-embassy-in-belgrade");
        List<String> oldestFirst = new ArrayList<>(walked);
        Collections.reverse(oldestFirst);
        assertThat(walk("/api/v1/events?order=oldest&limit=3")).containsExactlyElementsOf(oldestFirst);
    }

    @Test
    void pagingMissesAndRepeatsNothingWhileEventsAreAddedBetweenPages() throws Exception {
        JsonNode first = read("/api/v1/events?limit=5");
        List<String> seen = new ArrayList<>(slugs(first));
        // One event lands before the page already read (newer), one after it (older).
        events.published("2030-01-01-added-before-the-cursor", LocalDate.of(2030, 1, 1), "Newer", "JP");
        events.published("1990-01-01-added-after-the-cursor", LocalDate.of(1990, 1, 1), "Older", "JP");
        seen.addAll(walk(relative(first.get("next").asString())));

        assertThat(seen).doesNotHaveDuplicates().hasSize(30)
                .contains("1990-01-01-added-after-the-cursor")
                .doesNotContain("2030-01-01-added-before-the-cursor");
        List<String> seeded = jdbc.sql("select slug from event where created_by = 'seed'").query(String.class).list();
        assertThat(seen).containsAll(seeded);
    }

    @Test
    void filtersCombineAsOnTheTimelineWithIsoDateBounds() throws Exception {
        assertThat(slugs(read("/api/v1/events?actor=FR&actor=DK&type=STATEMENT&development=tokyo-liaison-office"
                + "&from=2023-01-01&to=2023-12-31&order=oldest"))).containsExactly(
                "2023-danish-ambassador-on-aim-of-tokyo-office",
                "2023-06-ft-reports-france-opposes-tokyo-office",
                "2023-07-09-elysee-confirms-opposition-to-tokyo-office",
                "2023-07-12-macron-opposes-tokyo-office-at-vilnius");
        // "mid-April 2023" can first mean 11 April.
        assertThat(slugs(read("/api/v1/events?from=2023-04-11&to=2023-04-30")))
                .containsExactly("2023-04-tokyo-liaison-office-proposal-shared");
        assertThat(slugs(read("/api/v1/events?topic=maritime-security,partnerships&to=2010-01-01")))
                .containsExactly("2009-gulf-of-aden-anti-piracy-coordination");
    }

    @Test
    void updatedSinceKeepsOnlyEventsChangedFromThatInstant() throws Exception {
        jdbc.sql("update event set updated_at = timestamptz '2020-01-01 00:00:00Z'").update();
        jdbc.sql("update event set updated_at = timestamptz '2024-05-01 12:00:00Z' where slug = '2023-07-11-vilnius-summit'")
                .update();

        assertThat(slugs(read("/api/v1/events?updatedSince=2024-05-01T12:00:00Z")))
                .containsExactly("2023-07-11-vilnius-summit");
        assertThat(slugs(read("/api/v1/events?updatedSince=2024-05-01T14:00:01%2B02:00"))).isEmpty();
        JsonNode vilnius = read("/api/v1/events?updatedSince=2024-01-01T00:00:00Z").get("events").get(0);
        assertThat(vilnius.get("updatedAt").asString()).isEqualTo("2024-05-01T12:00:00Z");
    }

    @Test
    void anEventComesWithItsSourcesStatementsActorsTopicsStorylineAndRelatedSlugs() throws Exception {
        JsonNode itpp = read("/api/v1/events/2023-07-12-nato-japan-itpp-agreed");

        assertThat(itpp.get("title").asString()).contains("Individually Tailored Partnership Programme");
        assertThat(itpp.get("date").toString()).isEqualTo("""
                {"text":"12 July 2023","precision":"DAY","qualifier":"EXACT","start":"2023-07-12","end":null,"edtf":"2023-07-12"}""");
        assertThat(itpp.get("sources").get(0).get("url").asString())
                .isEqualTo("https://www.nato.int/cps/en/natolive/official_texts_217797.htm");
        assertThat(itpp.get("sources").get(0).get("kind").asString()).isEqualTo("OFFICIAL");
        assertThat(itpp.get("sources").get(0).get("publisher").asString()).isEqualTo("NATO");
        assertThat(itpp.get("actors").toString()).isEqualTo("""
                [{"code":"NATO","name":"NATO","wikidata":"Q7184","language":"en"},\
                {"code":"JP","name":"Japan","wikidata":"Q17","language":"en"}]""");
        assertThat(itpp.get("topics").findValuesAsString("slug")).contains("cyber-defence", "space");
        assertThat(itpp.get("development").get("url").asString())
                .isEqualTo("http://localhost/api/v1/developments/nato-japan-itpp");
        assertThat(itpp.get("related").toString()).isEqualTo("[\"2023-01-31-stoltenberg-and-kishida-issue-joint-statement-in-tokyo\","
                + "\"2023-07-11-vilnius-summit\",\"2025-04-08-rutte-visits-japan-joint-statement\"]");
        assertThat(itpp.get("pageUrl").asString()).isEqualTo("http://localhost/events/2023-07-12-nato-japan-itpp-agreed");

        JsonNode statement = read("/api/v1/events/2023-07-12-macron-opposes-tokyo-office-at-vilnius").get("statements").get(0);
        assertThat(statement.get("speaker").asString()).isEqualTo("Emmanuel Macron");
        assertThat(statement.get("stance").asString()).isEqualTo("CRITICAL");
        assertThat(statement.get("actor").get("code").asString()).isEqualTo("FR");
    }

    @Test
    void fuzzyDatesKeepTheirPrecisionQualifierAndWording() throws Exception {
        assertThat(read("/api/v1/events/2023-04-tokyo-liaison-office-proposal-shared").get("date").toString())
                .isEqualTo("""
                        {"text":"mid-April 2023","precision":"MONTH","qualifier":"MID","start":"2023-04-01","end":null,\
                        "edtf":"2023-04-11/2023-04-20"}""");
        assertThat(read("/api/v1/events/2023-07-11-vilnius-summit").get("date").toString()).isEqualTo("""
                {"text":"11–12 July 2023","precision":"DAY","qualifier":"EXACT","start":"2023-07-11","end":"2023-07-12",\
                "edtf":"2023-07-11/2023-07-12"}""");
        assertThat(read("/api/v1/events/2017-nato-china-dialogue-halts").get("date").get("text").asString())
                .isEqualTo("after 2017");
    }

    @Test
    void aDraftDoesNotExistAndAWithdrawnEventIsGoneWithItsReason() throws Exception {
        events.draft("2030-01-01-a-draft", LocalDate.of(2030, 1, 1), "A draft");
        events.withdrawn("2030-01-02-withdrawn", LocalDate.of(2030, 1, 2), "A withdrawn event",
                "It duplicated the Vilnius Summit entry.");

        MockHttpServletResponse draft = mvc.perform(get("/api/v1/events/2030-01-01-a-draft")).andReturn().getResponse();
        assertThat(draft.getStatus()).isEqualTo(404);
        assertThat(draft.getContentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(draft.getContentAsString()).get("type").asString())
                .isEqualTo("https://ap4tracker.org/problems/not-found");
        assertThat(walk("/api/v1/events?limit=100")).doesNotContain("2030-01-01-a-draft", "2030-01-02-withdrawn");

        MockHttpServletResponse withdrawn = mvc.perform(get("/api/v1/events/2030-01-02-withdrawn")).andReturn().getResponse();
        assertThat(withdrawn.getStatus()).isEqualTo(410);
        assertThat(withdrawn.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(withdrawn.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("https://ap4tracker.org/problems/withdrawn");
        assertThat(problem.get("status").asInt()).isEqualTo(410);
        assertThat(problem.get("reason").asString()).isEqualTo("It duplicated the Vilnius Summit entry.");
        assertThat(problem.get("detail").asString()).contains("A withdrawn event", "It duplicated the Vilnius Summit entry.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/events/2030-01-02-withdrawn");
    }

    @Test
    void storylinesActorsAndTopicsAreListedWithLinksToTheirEvents() throws Exception {
        JsonNode developments = read("/api/v1/developments").get("developments");
        assertThat(developments.findValuesAsString("slug")).containsExactlyInAnyOrder("tokyo-liaison-office",
                "nato-japan-itpp", "ap4-at-nato-summits", "nato-china-relations", "ap4-partnership-programmes",
                "ap4-missions-to-nato", "ap4-defence-industrial-cooperation");

        JsonNode tokyo = read("/api/v1/developments/tokyo-liaison-office");
        assertThat(tokyo.get("status").asString()).isEqualTo("STALLED");
        assertThat(tokyo.get("lastMoved").get("text").asString()).isEqualTo("12 July 2023");
        assertThat(slugs(read(relative(tokyo.get("eventsUrl").asString())))).hasSize(tokyo.get("milestoneCount").asInt())
                .first().isEqualTo("2023-danish-ambassador-on-aim-of-tokyo-office");

        JsonNode actors = read("/api/v1/actors").get("actors");
        assertThat(actors.findValuesAsString("code")).startsWith("NATO", "AU", "JP", "NZ", "KR").contains("CN");
        assertThat(actors.get(2).get("asiaPacificPartner").asBoolean()).isTrue();
        assertThat(slugs(read(relative(actors.get(2).get("eventsUrl").asString())))).isNotEmpty();

        JsonNode topics = read("/api/v1/topics").get("topics");
        assertThat(topics.findValuesAsString("slug")).contains("cyber-defence", "maritime-security");
        assertThat(topics.get(0).get("eventsUrl").asString()).startsWith("http://localhost/api/v1/events?topic=");
    }

    @Test
    void anUnknownStorylineIsNotFound() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/developments/no-such-storyline")).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(json.readTree(response.getContentAsString()).get("detail").asString())
                .isEqualTo("There is no storyline with the slug 'no-such-storyline'.");
    }

    @Test
    void everyWrongParameterIsReportedAtOnceAsAValidationProblem() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/events?limit=abc&from=2023-02-30&type=summit"
                + "&actor=JP&actor=XX&topic=nope&development=nope&order=sideways&updatedSince=yesterday&actors=JP"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("https://ap4tracker.org/problems/validation");
        assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
        assertThat(problem.get("detail").asString()).startsWith("The query has 9 errors: ");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("limit", "from", "type",
                "actor", "topic", "development", "order", "updatedSince", "actors");
        assertThat(fieldMessage(problem, "actor")).isEqualTo("names no known actor: 'XX' (see /api/v1/actors)");
        assertThat(fieldMessage(problem, "from")).isEqualTo("must be an ISO 8601 date such as 2023-07-11, not '2023-02-30'");
        assertThat(fieldMessage(problem, "limit")).isEqualTo("must be a whole number from 1 to 100, not 'abc'");
        assertThat(fieldMessage(problem, "actors")).startsWith("is not a parameter of this resource, which takes actor,");
        assertThat(problem.toString()).doesNotContain("java.", "Exception", "org.ap4tracker");
    }

    @Test
    void limitsCursorsAndRangesOutOfBoundsAreRejected() throws Exception {
        assertThat(fieldMessage(problem("/api/v1/events?limit=101"), "limit"))
                .isEqualTo("must be a whole number from 1 to 100, not '101'");
        assertThat(fieldMessage(problem("/api/v1/events?cursor=not-a-cursor"), "cursor"))
                .isEqualTo("is not a cursor this API issued; start again from the first page");
        assertThat(fieldMessage(problem("/api/v1/events?from=2023-05-01&to=2023-04-30"), "to"))
                .isEqualTo("must not be before from, 2023-05-01");
    }

    @Test
    void anUnexpectedFailureIsA500WithoutInternals() throws Exception {
        // A value no version of the application knows, which the schema would normally refuse.
        jdbc.sql("alter table event drop constraint event_type_known").update();
        jdbc.sql("update event set type = 'RUMOUR' where slug = '2023-07-11-vilnius-summit'").update();

        MockHttpServletResponse response = mvc.perform(get("/api/v1/events")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("https://ap4tracker.org/problems/server-error");
        assertThat(problem.get("detail").asString())
                .isEqualTo("Something went wrong on our side and it has been logged. Please try again later.");
        assertThat(response.getContentAsString()).doesNotContain("RUMOUR", "Exception", "java.", "org.ap4tracker", "\tat ");
    }

    @Test
    void textMatchesWordsInAnyFormAcrossTitleSummaryAndBodyAndKeepsToTheFilters() throws Exception {
        long id = events.published("2030-03-03-text-search", LocalDate.of(2030, 3, 3), "A plain title", "JP");
        events.setBody(id, "The ministers discussed **interoperability** of naval logistics.");

        assertThat(slugs(read("/api/v1/events?q=logistic"))).containsExactly("2030-03-03-text-search");
        assertThat(slugs(read("/api/v1/events?q=liaison%20office&actor=JP")))
                .contains("2023-04-tokyo-liaison-office-proposal-shared")
                .allSatisfy(slug -> assertThat(slug).isNotEqualTo("2030-03-03-text-search"));
        assertThat(slugs(read("/api/v1/events?q=logistics%20-naval"))).isEmpty();
        JsonNode paged = read("/api/v1/events?q=nato&limit=2");
        assertThat(paged.get("next").asString()).contains("q=nato");
    }

    @Test
    void anyTextIsASafeQueryAndOnlyLengthIsRefused() throws Exception {
        for (String hostile : List.of("'; drop table event; --", "\"unclosed", "&|!:*()<->", "OR OR -", "\u0000x")) {
            MockHttpServletResponse response = mvc.perform(get("/api/v1/events").param("q", hostile))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(hostile).isEqualTo(200);
        }
        assertThat(jdbc.sql("select count(*) from event").query(Integer.class).single()).isGreaterThanOrEqualTo(14);

        MockHttpServletResponse tooLong = mvc.perform(get("/api/v1/events").param("q", "x".repeat(201)))
                .andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(json.readTree(tooLong.getContentAsString()).get("errors").get(0).get("field").asString())
                .isEqualTo("q");
    }

    private JsonNode read(String path) throws Exception {
        // A URI, not a template: the query is already encoded.
        MockHttpServletResponse response = mvc.perform(get(URI.create(path))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private JsonNode problem(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(400);
        return json.readTree(response.getContentAsString());
    }

    private List<String> walk(String path) throws Exception {
        List<String> slugs = new ArrayList<>();
        String next = path;
        while (next != null) {
            JsonNode page = read(next);
            slugs.addAll(slugs(page));
            next = page.get("next").isNull() ? null : relative(page.get("next").asString());
        }
        return slugs;
    }

    private static List<String> slugs(JsonNode page) {
        List<String> slugs = new ArrayList<>();
        page.get("events").forEach(event -> slugs.add(event.get("slug").asString()));
        return slugs;
    }

    private static String fieldMessage(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("No error for " + field + " in " + problem);
    }

    private static String relative(String url) {
        return url.substring("http://localhost".length());
    }
}
