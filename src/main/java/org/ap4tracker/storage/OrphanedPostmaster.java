package org.ap4tracker.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server left running on our data directory by a previous run that was killed
 * (SIGKILL leaves the postmaster alive, and a new one then refuses to start on the same directory).
 * <p>
 * Only called once this JVM holds the data directory's lock, so a live postmaster found there belongs
 * to no running instance of the tracker and is safe to stop.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedPostmaster::isPostgres)
                .ifPresent(postmaster -> stop(postmaster, dataDirectory));
    }

    private static Optional<Long> readPid(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + pidFile, ex);
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    }

    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        log.warn("A PostgreSQL server (pid {}) from an earlier run is still using {}; stopping it",
                postmaster.pid(), dataDirectory.toAbsolutePath());
        // SIGTERM asks PostgreSQL for a smart shutdown; its clients died with the old JVM.
        postmaster.destroy();
        try {
            postmaster.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        }
        catch (TimeoutException ex) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", postmaster.pid(), GRACE);
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("Could not stop PostgreSQL pid " + postmaster.pid(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL pid " + postmaster.pid(), ex);
        }
    }
}
