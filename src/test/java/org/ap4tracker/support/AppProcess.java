package org.ap4tracker.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.ap4tracker.Ap4TrackerApplication;

/**
 * The application in an operating-system process of its own, as it runs in production, so that a test can
 * send it signals (SIGTERM, SIGKILL) that an instance inside the test's JVM could not survive or take. It runs
 * the same classes and libraries as the test, on the database of an {@link AppInstance} that owns it. Its log
 * goes to {@code target/process-faults/}; the test waits on lines of that log (started, shutting down),
 * never on the clock.
 */
public final class AppProcess implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 180;

    private final Process process;
    private final int port;
    private final List<String> log = new ArrayList<>();

    private AppProcess(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        Thread copier = new Thread(() -> copyLog(logFile), "app-process-log-" + port);
        copier.setDaemon(true);
        copier.start();
    }

    /** Starts the application in a new JVM on {@code owner}'s database and waits until it has started. */
    public static AppProcess startSharing(AppInstance owner, String name, String... properties) {
        HikariDataSource database = owner.bean(HikariDataSource.class);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-cp", classPath(), Ap4TrackerApplication.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "--ap4.link-check.enabled=false"));
        for (String property : properties) {
            command.add("--" + property);
        }
        try {
            Path directory = Files.createDirectories(Path.of("target", "process-faults"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            AppProcess app = new AppProcess(process, port, directory.resolve(name + ".log"));
            app.awaitLog("Started " + Ap4TrackerApplication.class.getSimpleName(), START_TIMEOUT_SECONDS);
            return app;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * SIGTERM, as a process manager stops a service. Through the process handle, since {@link Process#destroy}
     * also closes the pipe the process logs to, and its log is what the test follows.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** SIGKILL: the process ends at once, without running anything. */
    public void kill() {
        process.toHandle().destroyForcibly();
    }

    /** Waits for the process to end and returns its exit code. */
    public int awaitExit(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new AssertionError("The application process did not end within " + timeoutSeconds + " s");
        }
        return process.exitValue();
    }

    /** Waits until a line containing {@code text} has been logged, and returns it. */
    public String awaitLog(String text, long timeoutSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        synchronized (log) {
            while (true) {
                for (String line : log) {
                    if (line.contains(text)) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive() && !logStillOpen) {
                    throw new AssertionError("The application never logged '" + text + "'; its last lines: "
                            + log.subList(Math.max(0, log.size() - 30), log.size()) + threads());
                }
                try {
                    log.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(ex);
                }
            }
        }
    }

    private volatile boolean logStillOpen = true;

    /** What the process's threads are doing, to tell why it did not get where it was expected to. */
    private String threads() {
        if (!process.isAlive()) {
            return "";
        }
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "Thread.print").redirectErrorStream(true).start();
            return "\nIts threads:\n" + new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            return "";
        }
    }

    private void copyLog(Path logFile) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Files.writeString(logFile, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                synchronized (log) {
                    log.add(line);
                    log.notifyAll();
                }
            }
        }
        catch (IOException ex) {
            // The process went away; what it logged is kept.
        }
        finally {
            synchronized (log) {
                logStillOpen = false;
                log.notifyAll();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }

    /** The test's own class path: Surefire names it in a property when it hides it behind a manifest jar. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
