package org.ap4tracker.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs PostgreSQL 17 inside the application when no external database is configured, so that a fresh
 * clone runs with nothing but a JDK.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private EmbeddedDatabase() {
    }

    static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDirectory = properties.ephemeral()
                ? Files.createTempDirectory("ap4-tracker-pg")
                : properties.dataDirectory().toAbsolutePath();
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(properties.ephemeral())
                // Spring closes the bean after the connection pool; the library's own hook could stop
                // PostgreSQL while connections are still in use.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(properties.startupTimeout())
                .setDataDirectoryCustomizer(directory -> OrphanedPostmaster.stopIfRunning(directory.toPath()))
                .setServerConfig("listen_addresses", "localhost");
        if (!properties.ephemeral()) {
            // The library trades durability for speed; real data must survive a crash or power loss.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        if (properties.ephemeral()) {
            log.info("Using embedded PostgreSQL on port {} with throw-away data in {}", postgres.getPort(), dataDirectory);
        }
        else {
            log.info("Using embedded PostgreSQL on port {} with data kept in {}", postgres.getPort(), dataDirectory);
        }
        return postgres;
    }
}
