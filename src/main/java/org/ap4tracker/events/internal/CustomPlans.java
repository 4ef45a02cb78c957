package org.ap4tracker.events.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.ap4tracker.events.TimelineFilter;
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
 * <p>
 * A timeline that restricts nothing has no value to plan for: its statements differ only in the language and
 * the keyset cursor, and always walk the timeline index. {@link ForFilters} gives such statements the shared
 * client, so that after five executions PostgreSQL runs them from one cached plan: planning the list's
 * statement (four joined tables) cost the database more than running it did.
 */
final class CustomPlans {

    private CustomPlans() {
    }

    /** The clients of statements shaped by a timeline filter. */
    record ForFilters(JdbcClient custom, JdbcClient reused) {

        static ForFilters of(JdbcTemplate shared) {
            return new ForFilters(client(shared), JdbcClient.create(shared));
        }

        /** Custom plans for a filter that restricts anything, the cached plan for one that does not. */
        JdbcClient of(TimelineFilter filter) {
            return filter.restricts() ? custom : reused;
        }

        /**
         * A limit for a statement of {@link #of this filter}: written into the statement when its plan is
         * cached, since a generic plan would guess that a limit bound as a value keeps a tenth of the rows;
         * otherwise bound as {@code :limit}.
         */
        static String limit(TimelineFilter filter, int limit, Map<String, Object> params) {
            if (!filter.restricts()) {
                return " limit " + limit;
            }
            params.put("limit", limit);
            return " limit :limit";
        }
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
