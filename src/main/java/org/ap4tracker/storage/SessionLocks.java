package org.ap4tracker.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * PostgreSQL's session-level advisory locks, each held on a pooled connection of its own that is never inside a
 * transaction: work that takes minutes (a link check, an import) must not hold a transaction open, and PostgreSQL
 * lets go of the lock when that connection ends, so also when the process holding it stops, however it stops.
 * Every instance on the database sees the same locks. Keys are any fixed numbers, one per kind of work (and
 * item).
 */
@Component
public final class SessionLocks {

    private final DataSource dataSource;

    public SessionLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Waits for the lock, and holds it until the result is closed. */
    public Held hold(long key) {
        return take(key, "select pg_advisory_lock(?) is not null").orElseThrow();
    }

    /** The lock if no one holds it, held until the result is closed. */
    public Optional<Held> tryHold(long key) {
        return take(key, "select pg_try_advisory_lock(?)");
    }

    private Optional<Held> take(long key, String sql) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (advisory(connection, sql, key)) {
                return Optional.of(new Held(connection, key));
            }
            connection.close();
            return Optional.empty();
        }
        catch (SQLException failed) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not take advisory lock " + key, failed);
        }
    }

    private static boolean advisory(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            }
            catch (SQLException ignored) {
                // The connection is being given up anyway; the lock goes with it.
            }
        }
    }

    /** A lock held, given back on close. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;
        private final long key;

        private Held(Connection connection, long key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void close() {
            try {
                advisory(connection, "select pg_advisory_unlock(?)", key);
            }
            catch (SQLException failed) {
                // Closing the connection below ends the lock as well, if PostgreSQL still holds it.
            }
            finally {
                closeQuietly(connection);
            }
        }
    }
}
