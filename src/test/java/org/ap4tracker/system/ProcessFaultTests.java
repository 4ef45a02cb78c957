package org.ap4tracker.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.zaxxer.hikari.HikariDataSource;
import org.ap4tracker.accounts.Accounts;
import org.ap4tracker.accounts.ApiTokens;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.AppInstance;
import org.ap4tracker.support.AppProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The application's own process stopped under work, as a process manager or the kernel stops it: SIGTERM
 * with readers and an event save in flight, and SIGKILL in the middle of an event save. The application runs
 * in a process of its own ({@link AppProcess}) on the database of an in-test instance. Work is held in flight
 * deterministically by a table lock this test takes from its own connection, and every wait follows something
 * observable (the database's own list of waiting statements, lines of the application's log), never the clock.
 * The measured figures are logged.
 */
class ProcessFaultTests {

    private static final Logger log = LoggerFactory.getLogger(ProcessFaultTests.class);

    static final int READERS = 4;
    static final String PASSWORD = "a long enough passphrase";

    static AppInstance owner;
    static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheDatabaseOwner() {
        owner = AppInstance.startWithOwnDatabase("ap4.link-check.enabled=false");
        owner.bean(Accounts.class).create("process-faults", "Process Faults", Role.EDITOR, PASSWORD);
    }

    @AfterAll
    static void stop() {
        owner.close();
    }

    @Test
    void sigtermLetsTheRequestsInFlightFinishAndTheirSaveCommitWhole() throws Exception {
        String bearer = bearer();
        try (AppProcess app = AppProcess.startSharing(owner, "sigterm")) {
            String slug = "2100-09-01-sigterm";
            String etag = created(app, slug, bearer);
            CompletableFuture<HttpResponse<String>> save;
            List<CompletableFuture<HttpResponse<String>>> reads;
            CompletableFuture<HttpResponse<String>> newcomer;
            long terminatedAt;
            long releasedAt;
            try (Connection holder = lockedTable("event_aud", "access exclusive")) {
                save = client.sendAsync(put(app, slug, etag, bearer, "Saved while stopping", "Second source"),
                        HttpResponse.BodyHandlers.ofString());
                reads = IntStream.range(0, READERS).mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(
                        URI.create(app.url("/changes"))).build(), HttpResponse.BodyHandlers.ofString())).toList();
                awaitStatementsWaitingOnLocks(READERS + 1);

                app.terminate();
                terminatedAt = System.nanoTime();
                app.awaitLog("Commencing graceful shutdown", 60);
                // Tomcat logs that line before it closes its server socket, so the test follows the socket
                // itself: the port must refuse new connections while the held work is still in flight.
                await("the port refuses new connections while draining").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(20)).until(() -> refusesConnections(app));
                // A client of its own, so the request cannot ride on a kept-alive connection opened before.
                newcomer = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(app.url("/changes"))).build(),
                        HttpResponse.BodyHandlers.ofString());

                holder.commit();
                releasedAt = System.nanoTime();
            }
            HttpResponse<String> saved = save.get(60, TimeUnit.SECONDS);
            List<Integer> readStatuses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> read : reads) {
                readStatuses.add(read.get(60, TimeUnit.SECONDS).statusCode());
            }
            int exitCode = app.awaitExit(60);
            long exitedAt = System.nanoTime();
            int newcomerStatus = newcomer.handle((response, failure) -> failure == null ? response.statusCode() : -1)
                    .get(60, TimeUnit.SECONDS);

            log.info("SIGTERM with {} requests in flight: {} completed with 200 ({} reads, 1 save); drained {} s "
                            + "after the work could go on, process exited {} s after SIGTERM (exit code {}); "
                            + "a request sent after SIGTERM was refused",
                    READERS + 1, readStatuses.stream().filter(status -> status == 200).count()
                            + (saved.statusCode() == 200 ? 1 : 0), READERS,
                    seconds(exitedAt - releasedAt), seconds(exitedAt - terminatedAt), exitCode);
            assertThat(newcomerStatus).as("a request arriving after SIGTERM is not taken").isEqualTo(-1);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(readStatuses).containsOnly(200);
            assertThat(snapshot(slug)).containsEntry("title", "Saved while stopping")
                    .containsEntry("sources", "A source|Second source")
                    .containsEntry("statements", "A Minister: Saved while stopping")
                    .containsEntry("last_version", "Saved while stopping");
        }
    }

    @Test
    void sigkillInTheMiddleOfASaveLeavesTheEventWhollyAsItWas() throws Exception {
        String bearer = bearer();
        String slug = "2100-09-02-sigkill";
        Map<String, Object> before;
        long killedAt;
        long heldPid;
        try (AppProcess app = AppProcess.startSharing(owner, "sigkill")) {
            String etag = created(app, slug, bearer);
            before = snapshot(slug);
            try (Connection holder = lockedTable("event_aud", "share row exclusive")) {
                CompletableFuture<HttpResponse<String>> save = client.sendAsync(
                        put(app, slug, etag, bearer, "Never saved", "Half a source"), HttpResponse.BodyHandlers.ofString());
                heldPid = awaitSaveHalfWritten();

                app.kill();
                killedAt = System.nanoTime();
                app.awaitExit(60);
                assertThat(catchThrowable(() -> save.get(60, TimeUnit.SECONDS)))
                        .as("the killed save never answered").isNotNull();
                holder.commit();
            }
            awaitBackendGone(heldPid);
        }
        long goneAt = System.nanoTime();
        assertThat(snapshot(slug)).as("the event after the kill").isEqualTo(before);

        long restartAt = System.nanoTime();
        try (AppProcess restarted = AppProcess.startSharing(owner, "sigkill-restarted")) {
            long upAt = System.nanoTime();
            HttpResponse<String> current = client.send(HttpRequest.newBuilder(
                    URI.create(restarted.url("/api/v1/events/" + slug))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(current.statusCode()).isEqualTo(200);
            assertThat(current.body()).contains("\"title\":\"Before the fault\"").doesNotContain("Never saved");
            HttpResponse<String> savedAfter = client.send(put(restarted, slug,
                    current.headers().firstValue("ETag").orElseThrow(), bearer, "Saved after the restart",
                    "Second source"), HttpResponse.BodyHandlers.ofString());
            assertThat(savedAfter.statusCode()).as(savedAfter.body()).isEqualTo(200);
            Map<String, Object> after = snapshot(slug);
            assertThat(after).containsEntry("title", "Saved after the restart")
                    .containsEntry("sources", "A source|Second source")
                    .containsEntry("last_version", "Saved after the restart");
            assertThat((Long) after.get("versions")).isEqualTo((Long) before.get("versions") + 1);
            log.info("SIGKILL during a save: the held transaction was rolled back {} s after the kill; "
                    + "the restarted instance answered {} s after it was started, with the event as before",
                    seconds(goneAt - killedAt), seconds(upAt - restartAt));
        }
    }

    /** Creates and publishes an event through {@code app} and returns its ETag there. */
    private static String created(AppProcess app, String slug, String bearer) throws Exception {
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/events?publish=true")))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event(slug, "Before the fault", "A source", null)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.headers().firstValue("ETag").orElseThrow();
    }

    private static HttpRequest put(AppProcess app, String slug, String etag, String bearer, String title,
            String secondSource) {
        return HttpRequest.newBuilder(URI.create(app.url("/api/v1/events/" + slug)))
                .header("Authorization", bearer).header("Content-Type", "application/json").header("If-Match", etag)
                .timeout(Duration.ofSeconds(120))
                .PUT(HttpRequest.BodyPublishers.ofString(event(slug, title, "A source", secondSource))).build();
    }

    private static String event(String slug, String title, String source, String secondSource) {
        String sources = "{\"url\": \"https://example.org/1\", \"title\": \"%s\"}".formatted(source)
                + (secondSource == null ? "" : ", {\"url\": \"https://example.org/2\", \"title\": \"%s\"}"
                .formatted(secondSource));
        return """
                {"slug": "%s", "title": "%s", "summary": "Written while the process is stopped.", "startDate": "%s",
                 "precision": "DAY", "qualifier": "EXACT", "type": "MEETING", "actors": ["JP"],
                 "sources": [%s],
                 "statements": [{"speaker": "A Minister", "quote": "%s", "stance": "NEUTRAL"}]}
                """.formatted(slug, title, slug.substring(0, 10), sources, title);
    }

    /** Everything a save writes about the event, in one transaction, as text that compares whole. */
    private static Map<String, Object> snapshot(String slug) {
        JdbcClient jdbc = owner.bean(JdbcClient.class);
        return jdbc.sql("""
                select e.title, e.version,
                       (select string_agg(s.title, '|' order by s.position) from event_source s where s.event_id = e.id)
                           as sources,
                       (select string_agg(st.speaker || ': ' || st.quote, '|' order by st.position)
                        from event_statement st where st.event_id = e.id) as statements,
                       (select count(*) from event_aud a where a.id = e.id) as versions,
                       (select a.title from event_aud a where a.id = e.id order by a.rev desc limit 1) as last_version,
                       (select count(*) from event_source_aud sa where sa.event_id = e.id) as source_history,
                       (select count(*) from event_change c where c.event_id = e.id) as changes
                from event e where e.slug = :slug""").param("slug", slug).query().singleRow();
    }

    private static String bearer() {
        return "Bearer " + owner.bean(ApiTokens.class).create("process-faults", "process faults").secret();
    }

    /** A connection of this test's own holding a lock on {@code table} until it commits. */
    private static Connection lockedTable(String table, String mode) throws SQLException {
        Connection connection = database();
        connection.setAutoCommit(false);
        connection.createStatement().execute("lock table " + table + " in " + mode + " mode");
        return connection;
    }

    private static Connection database() throws SQLException {
        HikariDataSource owned = owner.bean(HikariDataSource.class);
        return DriverManager.getConnection(owned.getJdbcUrl(), owned.getUsername(),
                owned.getPassword() == null ? "" : owned.getPassword());
    }

    /** Follows pg_stat_activity until {@code count} statements of other sessions wait on a lock. */
    private static void awaitStatementsWaitingOnLocks(int count) throws SQLException {
        try (Connection watcher = database()) {
            while (waiting(watcher, "true") < count) {
                Thread.onSpinWait();
            }
        }
    }

    /**
     * Follows pg_stat_activity until the save waits on the lock having already written: its transaction has
     * an id only once it has changed a row. Returns the server process holding that transaction.
     */
    private static long awaitSaveHalfWritten() throws SQLException {
        try (Connection watcher = database()) {
            while (true) {
                try (ResultSet row = watcher.createStatement().executeQuery("""
                        select pid from pg_stat_activity
                        where wait_event_type = 'Lock' and backend_xid is not null and query ilike '%event_aud%'
                        """)) {
                    if (row.next()) {
                        return row.getLong(1);
                    }
                }
                Thread.onSpinWait();
            }
        }
    }

    private static void awaitBackendGone(long pid) throws SQLException {
        try (Connection watcher = database()) {
            while (true) {
                try (ResultSet row = watcher.createStatement()
                        .executeQuery("select count(*) from pg_stat_activity where pid = " + pid)) {
                    row.next();
                    if (row.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
    }

    private static int waiting(Connection watcher, String condition) throws SQLException {
        try (ResultSet row = watcher.createStatement().executeQuery(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid() and "
                        + condition)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static boolean refusesConnections(AppProcess app) {
        URI uri = URI.create(app.url("/"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return false;
        } catch (IOException refused) {
            return true;
        }
    }

    private static String seconds(long nanos) {
        return String.format("%.3f", nanos / 1e9);
    }
}
