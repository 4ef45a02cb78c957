package org.ap4tracker.support;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts events straight into the database for tests that need more, or other, events than the seed
 * dataset has. Run inside a test transaction, they vanish when the test ends.
 */
public final class TestEvents {

    private final JdbcClient jdbc;

    public TestEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published day-precision event involving the given actor, with one source. */
    public long published(String slug, LocalDate day, String title, String actorCode) {
        long id = insert(slug, day, title, "PUBLISHED", null);
        jdbc.sql("insert into event_actor (event_id, actor_id) select :id, id from actor where code = :code")
                .param("id", id).param("code", actorCode).update();
        jdbc.sql("insert into event_source (event_id, position, url, title) values (:id, 0, 'https://example.org/', 'A source')")
                .param("id", id).update();
        return id;
    }

    public long draft(String slug, LocalDate day, String title) {
        return insert(slug, day, title, "DRAFT", null);
    }

    public long withdrawn(String slug, LocalDate day, String title, String reason) {
        return insert(slug, day, title, "WITHDRAWN", reason);
    }

    public void setBody(long id, String body) {
        jdbc.sql("update event set body = :body where id = :id").param("body", body).param("id", id).update();
    }

    private long insert(String slug, LocalDate day, String title, String status, String reason) {
        return jdbc.sql("""
                insert into event (slug, title, summary, start_date, date_precision, date_qualifier, type, status,
                                   withdrawn_reason, created_by, updated_by, published_at)
                values (:slug, :title, :summary, :day, 'DAY', 'EXACT', 'MEETING', :status, :reason, 'test', 'test',
                        case when :status = 'DRAFT' then null else now() end)
                returning id
                """)
                .param("slug", slug).param("title", title).param("summary", "Summary of " + title)
                .param("day", day).param("status", status).param("reason", reason)
                .query(Long.class).single();
    }
}
