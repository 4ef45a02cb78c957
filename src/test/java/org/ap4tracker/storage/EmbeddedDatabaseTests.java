package org.ap4tracker.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The default database keeps its data, writes durably, and recovers from a killed JVM. */
class EmbeddedDatabaseTests {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestartAndIsWrittenDurably() throws Exception {
        try (EmbeddedPostgres postgres = start(dataDirectory)) {
            JdbcClient jdbc = jdbc(postgres);
            jdbc.sql("create table kept (note text)").update();
            jdbc.sql("insert into kept values ('still here')").update();
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        }

        try (EmbeddedPostgres postgres = start(dataDirectory)) {
            assertThat(jdbc(postgres).sql("select note from kept").query(String.class).single()).isEqualTo("still here");
        }
    }

    @Test
    void startsAgainAfterTheJvmRunningItWasKilled() throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledJvm.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        awaitReady(jvm);
        jvm.destroyForcibly().waitFor();
        Optional<ProcessHandle> orphan = postmaster(dataDirectory).filter(ProcessHandle::isAlive);
        assertThat(orphan).as("PostgreSQL outlives the killed JVM").isPresent();

        try (EmbeddedPostgres postgres = start(dataDirectory)) {
            assertThat(jdbc(postgres).sql("select note from kept").query(String.class).single())
                    .isEqualTo("written before the kill");
            assertThat(orphan.get().isAlive()).isFalse();
        }
    }

    /** Runs in a separate JVM that the test kills with SIGKILL, leaving its PostgreSQL behind. */
    static final class KilledJvm {

        public static void main(String[] args) throws Exception {
            EmbeddedPostgres postgres = start(Path.of(args[0]));
            JdbcClient jdbc = jdbc(postgres);
            jdbc.sql("create table kept (note text)").update();
            jdbc.sql("insert into kept values ('written before the kill')").update();
            System.out.println("READY");
            System.out.flush();
            // Wait for the kill: stdin stays open until the parent ends the process.
            System.in.read();
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory) throws IOException {
        return EmbeddedDatabase.start(new EmbeddedDatabaseProperties(dataDirectory, false, Duration.ofSeconds(60)));
    }

    private static JdbcClient jdbc(EmbeddedPostgres postgres) {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }

    private static void awaitReady(Process jvm) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals("READY")) {
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The child JVM ended before its database was ready:\n" + seen);
    }

    private static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
    }
}
