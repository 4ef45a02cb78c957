package org.ap4tracker.events.internal;

import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGStatement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A JdbcClient whose statements PostgreSQL plans for their values every time: for the statements shaped by a
 * timeline filter (a text search, an actor, a topic), whose best plan depends on how many events the values
 * match.
 * <p>
 * The driver turns a statement into a named server-side one after five executions (prepareThreshold), and
 * PostgreSQL may then switch that statement to one generic plan for every value. A generic plan cannot know
 * whether a word matches ten events or a million: measured at a million events, a one-word search went from
 * 2 ms to 160–420 ms on a pooled connection that had run other searches before. With the threshold at 0 the
 * driver keeps these statements unnamed, which PostgreSQL plans with the values bound, as
 * {@code plan_cache_mode = force_custom_plan} would, but for these statements alone: the fixed ones (reference
 * data, the last change) keep their cached plans.
 */
final class CustomPlans {

    private CustomPlans() {
    }

    static JdbcClient client(JdbcTemplate shared) {
        DataSource dataSource = shared.getDataSource();
        if (dataSource == null) {
            throw new IllegalStateException("The JdbcTemplate has no DataSource");
        }
        JdbcTemplate template = new JdbcTemplate(dataSource) {

            @Override
            protected void applyStatementSettings(Statement statement) throws SQLException {
                super.applyStatementSettings(statement);
                if (statement.isWrapperFor(PGStatement.class)) {
                    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                }
            }
        };
        template.setExceptionTranslator(shared.getExceptionTranslator());
        return JdbcClient.create(new NamedParameterJdbcTemplate(template));
    }
}
