package org.ap4tracker.api.reads;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The change log as a mirroring client uses it. The log lists only finished transactions, so these tests
 * commit what they write, and delete it afterwards; their slugs start with {@value #PREFIX} so that nothing
 * else is touched.
 */
@TrackerIntegrationTest
class ChangesApiTests {

    private static final String PREFIX = "2031-sync-";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(jdbc);
    }

    @AfterEach
    void deleteWhatTheTestCommitted() {
        jdbc.sql("delete from event where slug like '" + PREFIX + "%'").update();
        jdbc.sql("delete from development where slug like '" + PREFIX + "%'").update();
    }

    @Test
    void readFromTheStartTheLogListsEverySeededEventAsPublished() throws Exception {
        JsonNode page = read("/api/v1/changes?limit=14");

        List<String> seeded = jdbc.sql("select slug from event where created_by = 'seed' order by id limit 14")
                .query(String.class).list();
        assertThat(page.get("changes").findValuesAsString("slug")).containsExactlyElementsOf(seeded);
        assertThat(page.get("changes").findValuesAsString("kind")).containsOnly("PUBLISHED");
        assertThat(page.get("changes").get(0).get("url").asString())
                .isEqualTo("http://localhost/api/v1/events/" + seeded.get(0));
        assertThat(page.get("next").asString())
                .isEqualTo("http://localhost/api/v1/changes?since=" + page.get("cursor").asString() + "&limit=14");
    }

    @Test
    void aMirrorBuiltOnlyFromTheLogEqualsThePublicDatasetAfterEveryKindOfChange() throws Exception {
        Mirror mirror = new Mirror();
        String cursor = mirror.sync(null);
        assertMirrors(mirror);

        jdbc.sql("insert into development (slug, title, description, status) values (:slug, 'Sync storyline', '-', 'ONGOING')")
                .param("slug", PREFIX + "storyline").update();
        long first = events.published(PREFIX + "first", LocalDate.of(2031, 1, 1), "First", "JP");
        long second = events.published(PREFIX + "second", LocalDate.of(2031, 1, 2), "Second", "KR");
        long third = events.draft(PREFIX + "third", LocalDate.of(2031, 1, 3), "Third");
        jdbc.sql("insert into event_source (event_id, position, url, title) values (:id, 0, 'https://example.org/', 'A source')")
                .param("id", third).update();
        // Writers bump the events whose parts they change.
        jdbc.sql("insert into event_link (event_a_id, event_b_id) values (:a, :b)").param("a", first).param("b", second)
                .update();
        jdbc.sql("""
                update event set version = version + 1, updated_at = now(),
                       development_id = (select id from development where slug = :storyline)
                where id in (:a, :b)""").param("storyline", PREFIX + "storyline").param("a", first).param("b", second)
                .update();
        cursor = syncAndCheck(mirror, cursor, "PUBLISHED first", "PUBLISHED second", "UPDATED first", "UPDATED second");
        assertThat(mirror.events.get(PREFIX + "first").get("related").toString()).isEqualTo("[\"" + PREFIX + "second\"]");

        jdbc.sql("update event set title = 'First, edited', version = version + 1 where id = :id").param("id", first).update();
        jdbc.sql("update event set status = 'PUBLISHED', published_at = now() where id = :id").param("id", third).update();
        jdbc.sql("update event set status = 'WITHDRAWN', withdrawn_reason = 'A duplicate' where id = :id")
                .param("id", second).update();
        cursor = syncAndCheck(mirror, cursor, "UPDATED first", "PUBLISHED third", "UPDATED first", "WITHDRAWN second");
        assertThat(mirror.events.get(PREFIX + "first").get("title").asString()).isEqualTo("First, edited");
        assertThat(mirror.events.get(PREFIX + "first").get("related").toString()).isEqualTo("[]");

        jdbc.sql("update development set title = 'Sync storyline, renamed' where slug = :slug")
                .param("slug", PREFIX + "storyline").update();
        jdbc.sql("update event set slug = :slug where id = :id").param("slug", PREFIX + "third-moved").param("id", third)
                .update();
        jdbc.sql("update event set withdrawn_reason = 'A duplicate of the Vilnius entry' where id = :id")
                .param("id", second).update();
        cursor = syncAndCheck(mirror, cursor, "UPDATED first", "REMOVED third", "PUBLISHED third-moved",
                "WITHDRAWN second");
        assertThat(mirror.events.get(PREFIX + "first").get("development").get("title").asString())
                .isEqualTo("Sync storyline, renamed");

        jdbc.sql("update event set status = 'DRAFT', withdrawn_reason = null, published_at = null where id = :id")
                .param("id", second).update();
        jdbc.sql("update event set status = 'DRAFT', published_at = null where id = :id").param("id", first).update();
        jdbc.sql("delete from event where id = :id").param("id", third).update();
        syncAndCheck(mirror, cursor, "REMOVED second", "REMOVED first", "REMOVED third-moved");
    }

    @Test
    void aTransactionThatCommitsLateIsListedOnceItCommitsNeverSkipped() throws Exception {
        String cursor = new Mirror().sync(null);
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement insert = slow.prepareStatement("""
                    insert into event (slug, title, summary, start_date, date_precision, date_qualifier, type, status,
                                       created_by, updated_by, published_at)
                    values (?, 'Slow', 'Committed late', date '2031-02-01', 'DAY', 'EXACT', 'MEETING', 'PUBLISHED',
                            'test', 'test', now())""")) {
                insert.setString(1, PREFIX + "slow");
                insert.executeUpdate();
            }
            events.published(PREFIX + "fast", LocalDate.of(2031, 2, 2), "Fast", "JP");

            JsonNode whileSlowRuns = read("/api/v1/changes?since=" + cursor);
            assertThat(whileSlowRuns.get("changes")).isEmpty();
            assertThat(whileSlowRuns.get("cursor").asString()).isEqualTo(cursor);
            assertThat(status("/api/v1/events/" + PREFIX + "fast")).isEqualTo(200);

            slow.commit();
        }

        assertThat(kindsAndSlugs(read("/api/v1/changes?since=" + cursor))).containsExactly("PUBLISHED slow", "PUBLISHED fast");
    }

    @Test
    void theLogPagesByLimitAndSaysWhenThereIsMore() throws Exception {
        JsonNode first = read("/api/v1/changes?limit=5");
        MockHttpServletResponse second = mvc.perform(get(URI.create(relative(first.get("next").asString())))).andReturn()
                .getResponse();
        JsonNode all = read("/api/v1/changes?limit=10");

        assertThat(first.get("hasMore").asBoolean()).isTrue();
        List<String> paged = new ArrayList<>(first.get("changes").findValuesAsString("slug"));
        paged.addAll(json.readTree(second.getContentAsString()).get("changes").findValuesAsString("slug"));
        assertThat(paged).containsExactlyElementsOf(all.get("changes").findValuesAsString("slug"));
        assertThat(second.getHeader("Link")).startsWith("<http://localhost/api/v1/changes?since=").endsWith("; rel=\"next\"");
    }

    @Test
    void aCursorTheLogDidNotIssueAndALimitOutOfRangeAreRejected() throws Exception {
        String timelineCursor = read("/api/v1/events?limit=1").get("next").asString().replaceAll(".*cursor=", "");
        MockHttpServletResponse response = mvc.perform(get(URI.create("/api/v1/changes?since=" + timelineCursor
                + "&limit=0&after=1"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("since", "limit", "after");
    }

    /** Checks that the entries since the cursor are exactly these (slugs without the prefix), then applies them. */
    private String syncAndCheck(Mirror mirror, String cursor, String... expected) throws Exception {
        assertThat(kindsAndSlugs(read("/api/v1/changes?since=" + cursor))).containsExactly(expected);
        String next = mirror.sync(cursor);
        assertMirrors(mirror);
        return next;
    }

    /** The mirror holds exactly the published events, each as the API shows it now, and the withdrawn ones. */
    private void assertMirrors(Mirror mirror) throws Exception {
        List<String> published = new ArrayList<>();
        String next = "/api/v1/events?limit=100";
        while (next != null) {
            JsonNode page = read(next);
            page.get("events").forEach(event -> published.add(event.get("slug").asString()));
            next = page.get("next").isNull() ? null : relative(page.get("next").asString());
        }
        assertThat(mirror.events.keySet()).containsExactlyInAnyOrderElementsOf(published);
        for (String slug : published) {
            assertThat(mirror.events.get(slug)).as(slug).isEqualTo(read("/api/v1/events/" + slug));
        }
        Map<String, String> withdrawn = jdbc.sql("select slug, withdrawn_reason from event where status = 'WITHDRAWN'")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(mirror.tombstones).isEqualTo(withdrawn);
    }

    private List<String> kindsAndSlugs(JsonNode page) {
        List<String> entries = new ArrayList<>();
        page.get("changes").forEach(change -> entries.add(
                change.get("kind").asString() + " " + change.get("slug").asString().replace(PREFIX, "")));
        return entries;
    }

    private JsonNode read(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(URI.create(path))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(URI.create(path))).andReturn().getResponse().getStatus();
    }

    private static String relative(String url) {
        return url.substring("http://localhost".length());
    }

    /** A client's copy of the public dataset, kept only from the change log and the URLs it gives. */
    private final class Mirror {

        final Map<String, JsonNode> events = new HashMap<>();
        final Map<String, String> tombstones = new HashMap<>();

        /** Applies every entry after the cursor (from the start when null) and returns where to resume. */
        String sync(String cursor) throws Exception {
            String next = cursor == null ? "/api/v1/changes" : "/api/v1/changes?since=" + cursor;
            JsonNode page;
            do {
                page = read(next);
                for (JsonNode change : page.get("changes")) {
                    apply(change);
                }
                next = relative(page.get("next").asString());
            }
            while (page.get("hasMore").asBoolean());
            return page.get("cursor").asString();
        }

        private void apply(JsonNode change) throws Exception {
            String slug = change.get("slug").asString();
            events.remove(slug);
            tombstones.remove(slug);
            switch (change.get("kind").asString()) {
                case "PUBLISHED", "UPDATED" -> {
                    MockHttpServletResponse response = mvc.perform(get(URI.create(relative(change.get("url").asString()))))
                            .andReturn().getResponse();
                    JsonNode body = json.readTree(response.getContentAsString());
                    // A 404 or 410 now means a later entry in the log says what happened next.
                    if (response.getStatus() == 200) {
                        events.put(slug, body);
                    }
                    else if (response.getStatus() == 410) {
                        tombstones.put(slug, body.get("reason").asString());
                    }
                }
                case "WITHDRAWN" -> tombstones.put(slug, change.get("reason").asString());
                case "REMOVED" -> {
                    // Already forgotten above.
                }
                default -> throw new AssertionError("Unknown kind of change: " + change);
            }
        }
    }
}
