package org.ap4tracker.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ap4tracker.events.SourceDirectory;
import org.ap4tracker.storage.SessionLocks;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Checks the addresses published events cite and records what each answered (the link_check table). One instance
 * at a time runs it: a session-level advisory lock ({@link SessionLocks}), on a connection of its own that is never
 * inside a transaction, since a run takes minutes and an open transaction would hold back the change log's readers.
 * <p>
 * Polite to the sites it visits: it names itself in the User-Agent, reads each host's robots.txt first and
 * skips what it forbids, asks one host no more often than {@code perHostInterval}, gives up on a host that does
 * not connect or answer within the timeouts, and follows at most {@code maxRedirects} redirects, recording
 * where they led.
 */
@Component
public class LinkChecker implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(LinkChecker.class);

    /** Any fixed number, the same for every instance: the advisory lock's key ("ap4l"). */
    private static final long LOCK = 0x6170346cL;

    private final SessionLocks locks;
    private final JdbcClient jdbc;
    private final SourceDirectory sources;
    private final LinkCheckProperties properties;
    private final Clock clock;
    private final HttpClient http;

    LinkChecker(SessionLocks locks, JdbcClient jdbc, SourceDirectory sources, LinkCheckProperties properties,
            Clock clock) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.sources = sources;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Runs the checker every {@code ap4.link-check.interval}, first after one interval: registered here rather than
     * with {@code @Scheduled}, so that the interval and its default live in one place, the typed properties.
     */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::scheduled, properties.interval(), properties.interval()));
    }

    /** One scheduled run: nothing when checking is switched off. */
    void scheduled() {
        if (properties.enabled()) {
            int checked = checkDue();
            if (checked > 0) {
                log.info("Checked {} cited addresses", checked);
            }
        }
    }

    /**
     * Checks the cited addresses whose last check is older than {@code recheckAfter} (or that were never
     * checked), at most {@code batchSize}. Returns how many were checked, or -1 when another instance is
     * running a check.
     */
    public int checkDue() {
        Optional<SessionLocks.Held> held = locks.tryHold(LOCK);
        if (held.isEmpty()) {
            return -1;
        }
        try (SessionLocks.Held lock = held.get()) {
            return check(sources.addressesToCheck(clock.instant().minus(properties.recheckAfter()),
                    properties.batchSize()));
        }
    }

    private int check(List<String> addresses) {
        Run run = new Run();
        for (String address : addresses) {
            LinkCheck result = run.check(address);
            jdbc.sql("""
                    insert into link_check (url, checked_at, outcome, http_status, final_url, detail)
                    values (:url, :at, :outcome, :status, :finalUrl, :detail)
                    """)
                    .param("url", address).param("at", java.sql.Timestamp.from(clock.instant()))
                    .param("outcome", result.outcome().name()).param("status", result.httpStatus())
                    .param("finalUrl", result.finalUrl()).param("detail", result.detail())
                    .update();
        }
        return addresses.size();
    }

    /** One run's memory: each host's robots.txt rules and when it may next be asked. */
    private final class Run {

        private final Map<String, RobotsRules> robots = new HashMap<>();
        private final Map<String, Instant> nextRequest = new HashMap<>();

        LinkCheck check(String address) {
            URI uri;
            try {
                uri = URI.create(address);
            }
            catch (IllegalArgumentException malformed) {
                return new LinkCheck(LinkOutcome.FAILING, null, null, "not a valid address");
            }
            for (int hops = 0; hops <= properties.maxRedirects(); hops++) {
                if (!allowedByRobots(uri)) {
                    return new LinkCheck(LinkOutcome.BLOCKED, null, hops == 0 ? null : uri.toString(),
                            "robots.txt asks not to fetch it");
                }
                HttpResponse<InputStream> response;
                try {
                    response = get(uri, false);
                }
                catch (HttpTimeoutException slow) {
                    return new LinkCheck(LinkOutcome.FAILING, null, hops == 0 ? null : uri.toString(),
                            "no answer within " + properties.requestTimeout().toSeconds() + " s");
                }
                catch (IOException unreachable) {
                    return new LinkCheck(LinkOutcome.FAILING, null, hops == 0 ? null : uri.toString(),
                            "could not connect");
                }
                int status = response.statusCode();
                String location = response.headers().firstValue("Location").orElse(null);
                if (status >= 300 && status < 400 && location != null) {
                    try {
                        uri = uri.resolve(location.strip());
                    }
                    catch (IllegalArgumentException malformed) {
                        return new LinkCheck(LinkOutcome.FAILING, status, null, "redirected to an invalid address");
                    }
                    continue;
                }
                String landed = hops == 0 ? null : uri.toString();
                if (status >= 200 && status < 300) {
                    boolean moved = landed != null && !landed.equals(address);
                    return new LinkCheck(moved ? LinkOutcome.MOVED : LinkOutcome.OK, status, landed,
                            moved ? "redirected " + hops + (hops == 1 ? " time" : " times") : null);
                }
                if (status == 404 || status == 410) {
                    return new LinkCheck(LinkOutcome.NOT_FOUND, status, landed, null);
                }
                return new LinkCheck(LinkOutcome.FAILING, status, landed, null);
            }
            return new LinkCheck(LinkOutcome.FAILING, null, uri.toString(),
                    "more than " + properties.maxRedirects() + " redirects");
        }

        /** robots.txt as RFC 9309 reads it: none (4xx) allows all; one that cannot be read forbids all. */
        private boolean allowedByRobots(URI uri) {
            String origin = origin(uri);
            RobotsRules rules = robots.computeIfAbsent(origin, ignored -> {
                try {
                    HttpResponse<InputStream> response = get(URI.create(origin + "/robots.txt"), true);
                    try (InputStream body = response.body()) {
                        int status = response.statusCode();
                        if (status >= 200 && status < 300) {
                            String text = new String(body.readNBytes(512 * 1024), StandardCharsets.UTF_8);
                            return RobotsRules.parse(text, properties.robotsName());
                        }
                        return status >= 400 && status < 500 ? RobotsRules.ALLOW_ALL : null;
                    }
                }
                catch (IOException unreadable) {
                    return null;
                }
            });
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return rules != null && rules.allows(path);
        }

        /** A GET with the checker's name, paced per host; unless kept, the body is closed unread. */
        private HttpResponse<InputStream> get(URI uri, boolean keepBody) throws IOException {
            pace(origin(uri));
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(properties.requestTimeout())
                    .header("User-Agent", properties.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8")
                    .GET()
                    .build();
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (!keepBody) {
                    response.body().close();
                }
                return response;
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted", interrupted);
            }
            finally {
                // The interval runs from the end of one request to the start of the next, however long it took.
                nextRequest.put(origin(uri), clock.instant().plus(properties.perHostInterval()));
            }
        }

        /** Waits until the host may be asked again: the per-host rate limit. */
        private void pace(String origin) throws IOException {
            Instant now = clock.instant();
            Duration wait = Duration.between(now, nextRequest.getOrDefault(origin, now));
            if (!wait.isNegative() && !wait.isZero()) {
                try {
                    Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
                }
                catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted", interrupted);
                }
            }
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
    }

    private record LinkCheck(LinkOutcome outcome, @Nullable Integer httpStatus, @Nullable String finalUrl,
            @Nullable String detail) {
    }
}
