package org.ap4tracker.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.ap4tracker.events.EventType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code import_job} rows. Progress and outcomes are written in transactions of their own
 * ({@code REQUIRES_NEW}), so the status page sees them while a commit's long transaction is still open,
 * and a commit that rolls back still leaves its report behind.
 */
@Component
class ImportJobStore {

    private static final TypeReference<List<RowReport>> REPORT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;

    ImportJobStore(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long insert(ImportFormat format, String fileName, byte[] content, EventType defaultType, String createdBy) {
        return jdbc.sql("""
                insert into import_job (format, file_name, default_type, content, status, created_by)
                values (:format, :fileName, :defaultType, :content, 'CHECKING', :createdBy) returning id""")
                .param("format", format.name()).param("fileName", fileName).param("content", content)
                .param("defaultType", defaultType.name())
                .param("createdBy", createdBy)
                .query(Long.class).single();
    }

    /** What the processing of a job needs: its file, its format and the type for rows without one. */
    Upload upload(long id) {
        return jdbc.sql("select format, file_name, default_type, content from import_job where id = :id")
                .param("id", id)
                .query((rs, n) -> new Upload(ImportFormat.valueOf(rs.getString("format")), rs.getString("file_name"),
                        EventType.valueOf(rs.getString("default_type")), rs.getBytes("content")))
                .single();
    }

    record Upload(ImportFormat format, String fileName, EventType defaultType, byte[] content) {
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("select * from import_job where id = :id").param("id", id).query(this::job).optional();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.sql("""
                select id, format, file_name, status, total_rows, done_rows, created_rows, updated_rows, error_rows,
                       '[]' as report, problem, created_by, created_at
                from import_job order by id desc limit :limit""")
                .param("limit", limit).query(this::job).list();
    }

    /** Moves a job from one status to the next; false when it was not in {@code from} (confirmed twice, say). */
    boolean advance(long id, ImportStatus from, ImportStatus to) {
        return ownTransaction.execute(status -> jdbc.sql("""
                update import_job set status = :to, done_rows = 0, updated_at = now()
                where id = :id and status = :from""")
                .param("id", id).param("from", from.name()).param("to", to.name()).update() == 1);
    }

    /** The jobs marked as being checked or written, by whichever instance. */
    List<Long> running() {
        return jdbc.sql("select id from import_job where status in ('CHECKING', 'COMMITTING') order by id")
                .query(Long.class).list();
    }

    /** Whether the job is still to be processed: not marked as stopped while it waited for its worker. */
    boolean stillRunning(long id) {
        return find(id).map(job -> job.status().running()).orElse(false);
    }

    /** Marks a job that lost its worker as failed; false when it had finished after all. */
    boolean interrupted(long id, String problem) {
        return Boolean.TRUE.equals(ownTransaction.execute(status -> jdbc.sql("""
                update import_job set status = 'FAILED', problem = :problem, updated_at = now()
                where id = :id and status in ('CHECKING', 'COMMITTING')""")
                .param("id", id).param("problem", problem).update() == 1));
    }

    void started(long id, int totalRows) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                update import_job set total_rows = :total, done_rows = 0, updated_at = now() where id = :id""")
                .param("id", id).param("total", totalRows).update());
    }

    void progress(long id, int doneRows) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                update import_job set done_rows = :done, updated_at = now() where id = :id""")
                .param("id", id).param("done", doneRows).update());
    }

    void finished(long id, ImportStatus status, List<RowReport> report, @Nullable String problem) {
        int created = count(report, RowReport.Outcome.CREATED);
        int updated = count(report, RowReport.Outcome.UPDATED);
        int errors = count(report, RowReport.Outcome.ERROR);
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("""
                update import_job
                set status = :status, done_rows = total_rows, created_rows = :created, updated_rows = :updated,
                    error_rows = :errors, report = cast(:report as jsonb), problem = :problem, updated_at = now()
                where id = :id""")
                .param("id", id).param("status", status.name()).param("created", created)
                .param("updated", updated).param("errors", errors)
                .param("report", json.writeValueAsString(report)).param("problem", problem)
                .update());
    }

    private static int count(List<RowReport> report, RowReport.Outcome outcome) {
        return (int) report.stream().filter(row -> row.outcome() == outcome).count();
    }

    private ImportJob job(ResultSet rs, int rowNum) throws SQLException {
        return new ImportJob(rs.getLong("id"), ImportFormat.valueOf(rs.getString("format")),
                rs.getString("file_name"), ImportStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"),
                rs.getInt("done_rows"), rs.getInt("created_rows"), rs.getInt("updated_rows"), rs.getInt("error_rows"),
                json.readValue(rs.getString("report"), REPORT), rs.getString("problem"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
