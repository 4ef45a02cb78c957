package org.ap4tracker.storage;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The database the tracker connects to, as Boot's {@link JdbcConnectionDetails}: the configured external
 * server (the same values Boot itself would take from {@code spring.datasource.*}), or an embedded PostgreSQL
 * that this object started and stops on {@link #close()}.
 */
final class DatabaseConnection implements JdbcConnectionDetails, AutoCloseable {

    private static final String EMBEDDED_DATABASE = "postgres";
    private static final String EMBEDDED_USER = "postgres";

    private final String url;
    private final @Nullable String username;
    private final @Nullable String password;
    private final @Nullable String driverClassName;
    private final @Nullable EmbeddedPostgres embedded;

    private DatabaseConnection(String url, @Nullable String username, @Nullable String password,
            @Nullable String driverClassName, @Nullable EmbeddedPostgres embedded) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.driverClassName = driverClassName;
        this.embedded = embedded;
    }

    static DatabaseConnection external(DataSourceProperties dataSource) {
        return new DatabaseConnection(dataSource.determineUrl(), dataSource.determineUsername(),
                dataSource.determinePassword(), dataSource.determineDriverClassName(), null);
    }

    /** A connection to this started embedded PostgreSQL, which {@link #close()} then stops. */
    static DatabaseConnection embedded(EmbeddedPostgres postgres) {
        String url = "jdbc:postgresql://localhost:%d/%s".formatted(postgres.getPort(), EMBEDDED_DATABASE);
        return new DatabaseConnection(url, EMBEDDED_USER, "", null, postgres);
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public String getJdbcUrl() {
        return url;
    }

    @Override
    public @Nullable String getUsername() {
        return username;
    }

    @Override
    public @Nullable String getPassword() {
        return password;
    }

    @Override
    public String getDriverClassName() {
        return driverClassName != null ? driverClassName : JdbcConnectionDetails.super.getDriverClassName();
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
