package org.ap4tracker.storage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for the embedded PostgreSQL that runs when no external database is configured.
 *
 * @param dataDirectory where the database files are kept between runs
 * @param ephemeral     throw the data away on shutdown and skip durable writes (tests only)
 * @param startupTimeout how long to wait for PostgreSQL to accept connections
 */
@ConfigurationProperties("ap4.storage")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("60s") Duration startupTimeout) {
}
