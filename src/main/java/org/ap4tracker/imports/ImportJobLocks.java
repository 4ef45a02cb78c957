package org.ap4tracker.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Who is working on an import. The instance processing a job holds a session-level advisory lock keyed by the
 * job's id, on a connection of its own; PostgreSQL lets go of it when that connection ends, so also when the
 * process holding it stops, however it stops. A job still marked running whose lock can be taken has therefore
 * lost its worker, whichever instance asks, and one another instance is still processing is never taken for lost.
 * A heartbeat would need a timeout longer than the longest silence of a commit (the history Envers writes at its
 * end sends no progress), and a restarted server would wait that long to know.
 */
@Component
class ImportJobLocks {

    /** Any fixed number, the same for every instance: the first half of the lock's key ("ap4i"). */
    private static final int NAMESPACE = 0x61703469;

    private final DataSource dataSource;

    ImportJobLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Waits for the job's lock, and holds it until the result is closed. */
    Held hold(long id) {
        return take(id, "select pg_advisory_lock(?, ?) is not null").orElseThrow();
    }

    /** The job's lock if no one holds it: the job has no worker. */
    Optional<Held> tryHold(long id) {
        return take(id, "select pg_try_advisory_lock(?, ?)");
    }

    private Optional<Held> take(long id, String sql) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            // Never inside a transaction: a job can take minutes, and the lock must not hold one open.
            connection.setAutoCommit(true);
            if (advisory(connection, sql, id)) {
                return Optional.of(new Held(connection, id));
            }
            connection.close();
            return Optional.empty();
        }
        catch (SQLException failed) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not take the lock of import " + id, failed);
        }
    }

    private static boolean advisory(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, Long.hashCode(id));
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

    /** A job's lock, given back on close. */
    static final class Held implements AutoCloseable {

        private final Connection connection;
        private final long id;

        private Held(Connection connection, long id) {
            this.connection = connection;
            this.id = id;
        }

        @Override
        public void close() {
            try {
                advisory(connection, "select pg_advisory_unlock(?, ?)", id);
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
