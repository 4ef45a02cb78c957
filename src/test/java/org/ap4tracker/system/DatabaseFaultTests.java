package org.ap4tracker.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ap4tracker.support.AppInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database failing under load, on a throw-away PostgreSQL this test starts and stops itself (never the
 * shared server): its connections killed, then the whole server stopped and started again. Readers keep
 * asking throughout, on loopback, in a bounded number of requests. Errors may only fall inside the fault, no
 * request may hang, health must say DOWN while the database is gone and UP after, and the application must
 * recover without a restart within ten seconds of the database being back. The measured figures are logged.
 */
class DatabaseFaultTests {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFaultTests.class);

    static final Duration NO_REQUEST_LONGER_THAN = Duration.ofSeconds(10);
    static final int READERS = 4;

    static Path dataDirectory;
    static int databasePort;
    static EmbeddedPostgres database;
    static AppInstance app;
    static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startADatabaseAndTheApplicationOnIt() throws IOException {
        dataDirectory = Files.createTempDirectory("ap4-fault-db");
        try (ServerSocket socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        database = startDatabase();
        app = AppInstance.startWithUrl("jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres", "");
    }

    @AfterAll
    static void stopBoth() throws IOException {
        app.close();
        database.close();
    }

    @Test
    void killedConnectionsFailOnlyTheRequestsThatHeldThemAndNoneHangs() throws Exception {
        try (Load load = new Load()) {
            load.awaitRequests(40);
            long killedAt = System.nanoTime();
            int killed = terminateTheApplicationsConnections();
            load.awaitRequests(load.count() + 200);
            List<Request> requests = load.stop();

            List<Request> failed = requests.stream().filter(request -> request.status() != 200).toList();
            long lastFailureEnd = failed.stream().mapToLong(Request::end).max().orElse(killedAt);
            double windowSeconds = Math.max(0, lastFailureEnd - killedAt) / 1e9;
            log.info("Killed {} connections under load: {} of {} requests failed, all within {} s of the kill",
                    killed, failed.size(), requests.size(), String.format("%.3f", windowSeconds));
            assertThat(killed).isPositive();
            assertThat(failed).allSatisfy(request -> assertThat(request.end()).isGreaterThanOrEqualTo(killedAt));
            assertThat(windowSeconds).as("errors only right after the kill").isLessThan(2);
            assertThat(requests).allSatisfy(request -> assertThat(request.duration()).isLessThan(NO_REQUEST_LONGER_THAN));
            assertThat(requests.get(requests.size() - 1).status()).isEqualTo(200);
        }
    }

    @Test
    void aDatabaseRestartedUnderLoadIsUsedAgainWithinTenSecondsWithoutRestartingTheApplication() throws Exception {
        try (Load load = new Load()) {
            load.awaitRequests(40);
            database.close();
            long stoppedAt = System.nanoTime();
            assertThat(health()).as("health while the database is down").isEqualTo(503);
            load.awaitRequests(load.count() + READERS * 2);
            database = startDatabase();
            long backAt = System.nanoTime();
            long recoveredAt = load.awaitFirstSuccessAfter(backAt);
            assertThat(health()).as("health once the database is back").isEqualTo(200);
            List<Request> requests = load.stop();

            double recoverySeconds = (recoveredAt - backAt) / 1e9;
            long failed = requests.stream().filter(request -> request.status() != 200).count();
            log.info("Database down for {} s under load: {} of {} requests failed; first success {} s after it was back",
                    String.format("%.3f", (backAt - stoppedAt) / 1e9), failed, requests.size(),
                    String.format("%.3f", recoverySeconds));
            assertThat(recoverySeconds).isLessThan(10);
            assertThat(requests).allSatisfy(request -> assertThat(request.duration()).isLessThan(NO_REQUEST_LONGER_THAN));
            assertThat(requests.stream().filter(request -> request.status() != 200 && request.start() > recoveredAt))
                    .as("no errors once recovered").isEmpty();
        }
    }

    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder().setPort(databasePort).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "localhost").start();
    }

    private static int terminateTheApplicationsConnections() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres", "");
             ResultSet killed = connection.createStatement().executeQuery("""
                     select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                     where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
                     """)) {
            killed.next();
            return killed.getInt(1);
        }
    }

    private static int health() throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(app.url("/actuator/health")))
                .timeout(NO_REQUEST_LONGER_THAN).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    record Request(long start, long end, int status) {

        Duration duration() {
            return Duration.ofNanos(end - start);
        }
    }

    /** Readers asking for the first page of the API's events as fast as they are answered, until stopped. */
    static final class Load implements AutoCloseable {

        /** A bound on the whole run, whatever happens: the test never loops for ever. */
        static final int MAX_REQUESTS = 20_000;

        private final List<Request> requests = new CopyOnWriteArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService readers = Executors.newFixedThreadPool(READERS);
        private final List<Future<?>> futures;

        Load() {
            futures = java.util.stream.IntStream.range(0, READERS).<Future<?>>mapToObj(i -> readers.submit(this::read))
                    .toList();
        }

        private void read() {
            while (running.get() && requests.size() < MAX_REQUESTS) {
                long start = System.nanoTime();
                int status;
                try {
                    status = client.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/events?limit=5")))
                            .timeout(NO_REQUEST_LONGER_THAN.plusSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                }
                catch (IOException ex) {
                    status = -1;
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                }
                requests.add(new Request(start, System.nanoTime(), status));
            }
        }

        int count() {
            return requests.size();
        }

        /** Waits, by following the readers' own progress, until {@code total} requests have been answered. */
        void awaitRequests(int total) {
            while (requests.size() < Math.min(total, MAX_REQUESTS) && futures.stream().anyMatch(f -> !f.isDone())) {
                Thread.onSpinWait();
            }
        }

        /** The end of the first request started after {@code instant} that succeeded. */
        long awaitFirstSuccessAfter(long instant) {
            while (futures.stream().anyMatch(f -> !f.isDone())) {
                for (Request request : requests) {
                    if (request.start() >= instant && request.status() == 200) {
                        return request.end();
                    }
                }
                Thread.onSpinWait();
            }
            throw new AssertionError("The application never answered again");
        }

        List<Request> stop() throws Exception {
            running.set(false);
            for (Future<?> future : futures) {
                future.get();
            }
            return requests.stream().sorted(java.util.Comparator.comparingLong(Request::start)).toList();
        }

        @Override
        public void close() {
            running.set(false);
            readers.shutdownNow();
        }
    }
}
