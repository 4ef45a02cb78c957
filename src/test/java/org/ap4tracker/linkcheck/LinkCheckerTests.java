package org.ap4tracker.linkcheck;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.ap4tracker.events.SourceDirectory;
import org.ap4tracker.storage.SessionLocks;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The link checker against a local HTTP server on 127.0.0.1 (never the internet) that answers 200, 301, 404
 * and 500, hangs on one address, and forbids one in its robots.txt.
 */
@TrackerIntegrationTest
class LinkCheckerTests {

    private static final Duration PER_HOST = Duration.ofMillis(150);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SourceDirectory sources;

    @Autowired
    MockMvc mvc;

    HttpServer server;
    ExecutorService threads;
    final CountDownLatch release = new CountDownLatch(1);
    final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    String base;

    record Request(String path, String userAgent, long nanos) {
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        // Every address already cited (the seed's, on the internet) counts as just checked, so only ours are due.
        jdbc.sql("""
                insert into link_check (url, checked_at, outcome)
                select distinct url, now(), 'OK' from event_source where url is not null
                """).update();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
        jdbc.sql("delete from link_check").update();
        jdbc.sql("delete from event where slug like '2031-%-link-%'").update();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
        switch (path) {
            case "/robots.txt" -> respond(exchange, 200, "User-agent: *\nDisallow: /private\n");
            case "/ok" -> respond(exchange, 200, "<p>Here</p>");
            case "/moved" -> {
                exchange.getResponseHeaders().add("Location", "/ok");
                respond(exchange, 301, "");
            }
            case "/gone" -> respond(exchange, 404, "Not here");
            case "/broken" -> respond(exchange, 500, "Oops");
            case "/hang" -> {
                try {
                    release.await();
                }
                catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                respond(exchange, 200, "Too late");
            }
            default -> respond(exchange, 404, "");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private LinkChecker checker() {
        LinkCheckProperties properties = new LinkCheckProperties(true, Duration.ofHours(6), Duration.ofDays(7), 100,
                Duration.ofSeconds(2), Duration.ofSeconds(1), PER_HOST, 5, "AP4TrackerLinkChecker/1.0 (test)");
        return new LinkChecker(new SessionLocks(dataSource), jdbc, sources, properties, Clock.systemUTC());
    }

    private void citeAll() {
        TestEvents events = new TestEvents(jdbc);
        long id = events.published("2031-01-01-link-check", LocalDate.of(2031, 1, 1), "Link check", "JP");
        jdbc.sql("delete from event_source where event_id = :id").param("id", id).update();
        List<String> paths = List.of("/ok", "/moved", "/gone", "/broken", "/hang", "/private/page");
        for (int i = 0; i < paths.size(); i++) {
            jdbc.sql("""
                    insert into event_source (event_id, position, url, title, archive_url)
                    values (:id, :position, :url, :title, :archive)
                    """)
                    .param("id", id).param("position", i).param("url", base + paths.get(i))
                    .param("title", "Source " + paths.get(i))
                    .param("archive", paths.get(i).equals("/gone") ? "https://archive.example.org/gone" : null)
                    .update();
        }
    }

    private Map<String, Object> lastCheck(String path) {
        return jdbc.sql("""
                select outcome, http_status, final_url, detail from link_check where url = :url
                order by checked_at desc, id desc limit 1
                """).param("url", base + path).query().singleRow();
    }

    @Test
    void eachAnswerIsRecordedPolitelyAndOnlyOnceDue() {
        citeAll();

        assertThat(checker().checkDue()).isEqualTo(6);

        assertThat(lastCheck("/ok")).containsEntry("outcome", "OK").containsEntry("http_status", 200);
        assertThat(lastCheck("/moved")).containsEntry("outcome", "MOVED").containsEntry("http_status", 200)
                .containsEntry("final_url", base + "/ok");
        assertThat(lastCheck("/gone")).containsEntry("outcome", "NOT_FOUND").containsEntry("http_status", 404);
        assertThat(lastCheck("/broken")).containsEntry("outcome", "FAILING").containsEntry("http_status", 500);
        assertThat(lastCheck("/hang")).containsEntry("outcome", "FAILING").containsEntry("detail", "no answer within 1 s");
        assertThat(lastCheck("/private/page")).containsEntry("outcome", "BLOCKED");

        assertThat(requests).extracting(Request::path).doesNotContain("/private/page");
        assertThat(requests).extracting(Request::path).filteredOn("/robots.txt"::equals).hasSize(1);
        assertThat(requests).extracting(Request::userAgent).containsOnly("AP4TrackerLinkChecker/1.0 (test)");
        List<Long> times = requests.stream().map(Request::nanos).sorted().toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1)))
                    .as("requests to one host are at least the per-host interval apart")
                    .isGreaterThanOrEqualTo(PER_HOST);
        }

        assertThat(checker().checkDue()).as("nothing is due again within a week").isZero();
    }

    @Test
    void onlyOneInstanceChecksAtATime() throws Exception {
        citeAll();
        try (Connection other = dataSource.getConnection();
                PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(" + 0x6170346cL + ")")) {
            lock.execute();
            assertThat(checker().checkDue()).isEqualTo(-1);
            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(" + 0x6170346cL + ")")) {
                unlock.execute();
            }
        }
        assertThat(requests).isEmpty();
    }

    @Test
    void deadAndMovedLinksAreListedOnTheDeskAndAGonePageLeadsWithItsArchivedCopy() throws Exception {
        citeAll();
        checker().checkDue();

        Document desk = Jsoup.parse(mvc.perform(get("/admin/links").with(user("editor").roles("EDITOR")))
                .andReturn().getResponse().getContentAsString());
        assertThat(desk.select(".link-problem").eachAttr("data-outcome"))
                .containsExactly("NOT_FOUND", "MOVED", "FAILING", "FAILING", "BLOCKED");
        assertThat(desk.select(".link-problem").first().text()).contains(base + "/gone", "Gone", "HTTP 404",
                "Link check", "(archived copy recorded)");

        Document page = Jsoup.parse(mvc.perform(get("/events/2031-01-01-link-check")).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("a.source__title:contains(Source /gone)").attr("href"))
                .isEqualTo("https://archive.example.org/gone");
        assertThat(page.select(".source__archive--lead a").attr("href")).isEqualTo(base + "/gone");
        assertThat(page.select("a.source__title:contains(Source /ok)").attr("href")).isEqualTo(base + "/ok");
    }
}
