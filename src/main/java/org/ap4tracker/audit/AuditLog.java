package org.ap4tracker.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what editors and administrators do. An entry joins the transaction of the action it describes,
 * so an action that fails leaves no entry claiming it happened.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 1000;

    private static final int MAX_USERNAME = 64;

    private static final int MAX_KEY = 200;

    private final JdbcClient jdbc;

    private final Auditor auditor;

    AuditLog(JdbcClient jdbc, Auditor auditor) {
        this.jdbc = jdbc;
        this.auditor = auditor;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String entityType, @Nullable String entityKey, @Nullable String detail) {
        recordAs(auditor.username(), action, entityType, entityKey, detail);
    }

    /**
     * Records an action on behalf of a user who is not (yet) the signed-in one, such as a sign-in attempt.
     * The name may be anything a stranger typed, so it is cut to the column's length.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String username, String action, String entityType, @Nullable String entityKey,
            @Nullable String detail) {
        jdbc.sql("""
                insert into audit_log (username, action, entity_type, entity_key, client_address, detail)
                values (:username, :action, :entityType, :entityKey, :clientAddress, :detail)""")
                .param("username", cut(username, MAX_USERNAME))
                .param("action", action)
                .param("entityType", entityType)
                .param("entityKey", entityKey == null ? null : cut(entityKey, MAX_KEY))
                .param("clientAddress", auditor.clientAddress())
                .param("detail", detail == null ? null : cut(detail, MAX_DETAIL))
                .update();
    }

    /** The newest entries first, a page at a time; {@code beforeId} is the last id of the previous page. */
    @Transactional(readOnly = true)
    public List<Entry> recent(@Nullable Long beforeId, int limit) {
        return jdbc.sql("""
                select id, occurred_at, username, action, entity_type, entity_key, client_address, detail
                from audit_log
                where :beforeId::bigint is null or id < :beforeId
                order by id desc
                limit :limit""")
                .param("beforeId", beforeId)
                .param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"), rs.getString("action"), rs.getString("entity_type"),
                        rs.getString("entity_key"), rs.getString("client_address"), rs.getString("detail")))
                .list();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public record Entry(long id, Instant occurredAt, String username, String action, String entityType,
            @Nullable String entityKey, @Nullable String clientAddress, @Nullable String detail) {
    }
}
