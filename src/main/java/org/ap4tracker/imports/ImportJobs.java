package org.ap4tracker.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.ap4tracker.audit.AuditLog;
import org.ap4tracker.audit.Auditor;
import org.ap4tracker.events.DevelopmentRef;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventType;
import org.ap4tracker.storage.SessionLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports: an upload starts a dry run; a dry run without errors can be confirmed, which writes every
 * row as a draft. Both run on the instance's one import thread ({@link ImportWorker}), off the request thread,
 * as the editor who asked (their security context goes along, so the audit log and the history name them).
 * <p>
 * A dry run writes each chunk of rows in a transaction that is always rolled back: the editor's own
 * services check every row exactly as they would write it, and nothing stays. Progress is saved after
 * each chunk. A commit writes all rows in one transaction; the first row that fails rolls all of them back.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** Rows checked per rolled-back transaction, and between progress updates. */
    static final int CHUNK = 100;

    private final ImportJobStore store;
    private final ImportRowWriter writer;
    private final EventCatalog catalog;
    private final AuditLog auditLog;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final ImportWorker worker;
    private final Auditor auditor;
    private final ImportJobLocks locks;

    ImportJobs(ImportJobStore store, ImportRowWriter writer, EventCatalog catalog, AuditLog auditLog, JsonMapper json,
            PlatformTransactionManager transactions,
            ImportWorker worker, Auditor auditor, ImportJobLocks locks) {
        this.store = store;
        this.writer = writer;
        this.catalog = catalog;
        this.auditLog = auditLog;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.worker = worker;
        this.auditor = auditor;
        this.locks = locks;
    }

    /** Keeps the file and starts its dry run in the background; returns the job's id. */
    public long start(ImportFormat format, String fileName, byte[] content, EventType defaultType) {
        long id = store.insert(format, fileName, content, defaultType, auditor.username());
        worker.run(() -> owned(id, this::dryRun));
        return id;
    }

    /** Starts writing a checked import; false when it is not (or no longer) waiting for confirmation. */
    public boolean confirm(long id) {
        if (!store.advance(id, ImportStatus.CHECKED, ImportStatus.COMMITTING)) {
            return false;
        }
        worker.run(() -> owned(id, this::commit));
        return true;
    }

    public Optional<ImportJob> job(long id) {
        return store.find(id);
    }

    public List<ImportJob> recent(int limit) {
        return store.recent(limit);
    }

    /**
     * Processes the job holding its lock, which tells a starting instance that the job is not lost
     * ({@link InterruptedImports}); a job marked as lost while it waited for a thread is left as marked.
     */
    private void owned(long id, LongConsumer work) {
        try (SessionLocks.Held held = locks.hold(id)) {
            if (store.stillRunning(id)) {
                work.accept(id);
            }
        }
    }

    /** The upload's rows, with the job marked as started and its row count known. */
    private List<ParsedRow> started(ImportJobStore.Upload upload, long id) {
        List<ParsedRow> rows = parse(upload, id);
        store.started(id, rows.size());
        return rows;
    }

    /** Checks every row, writing nothing; the report says what a commit would do. */
    void dryRun(long id) {
        ImportJobStore.Upload upload = store.upload(id);
        try {
            List<ParsedRow> rows = started(upload, id);
            List<RowReport> report = new ArrayList<>();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<ParsedRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                report.addAll(transaction.execute(status -> {
                    status.setRollbackOnly();
                    return chunk.stream().map(writer::write).toList();
                }));
                store.progress(id, report.size());
            }
            report = withDuplicatesMarked(report);
            boolean clean = report.stream().noneMatch(RowReport::error);
            store.finished(id, clean ? ImportStatus.CHECKED : ImportStatus.CHECK_FAILED, report, null);
            audit("IMPORT_CHECKED", id, upload, report);
        }
        catch (ImportFileException ex) {
            List<RowReport> report = List.of(fileProblem(ex));
            store.finished(id, ImportStatus.CHECK_FAILED, report, null);
            audit("IMPORT_CHECKED", id, upload, report);
        }
        catch (RuntimeException ex) {
            failed(id, upload, ex);
        }
    }

    /** Writes every row as a draft in one transaction, or, if any row fails now, nothing. */
    void commit(long id) {
        ImportJobStore.Upload upload = store.upload(id);
        try {
            List<ParsedRow> rows = started(upload, id);
            List<RowReport> report = new ArrayList<>();
            boolean written = Boolean.TRUE.equals(transaction.execute(status -> {
                for (ParsedRow row : rows) {
                    RowReport outcome = writer.write(row);
                    report.add(outcome);
                    if (outcome.error()) {
                        status.setRollbackOnly();
                        return false;
                    }
                    if (report.size() % CHUNK == 0) {
                        store.progress(id, report.size());
                    }
                }
                audit("IMPORT_COMMITTED", id, upload, report);
                return true;
            }));
            if (written) {
                store.finished(id, ImportStatus.COMMITTED, report, null);
            }
            else {
                store.finished(id, ImportStatus.COMMIT_REFUSED, report, null);
                audit("IMPORT_COMMIT_REFUSED", id, upload, report);
            }
        }
        catch (ImportFileException ex) {
            store.finished(id, ImportStatus.COMMIT_REFUSED, List.of(fileProblem(ex)), null);
            audit("IMPORT_COMMIT_REFUSED", id, upload, List.of());
        }
        catch (RuntimeException ex) {
            failed(id, upload, ex);
        }
    }

    private List<ParsedRow> parse(ImportJobStore.Upload upload, long id) {
        String note = "Import #" + id + ": " + upload.fileName();
        return switch (upload.format()) {
            case TRACKER_CSV -> TrackerCsvReader.read(upload.content(), storylinesByTitle(), note);
            case TIMELINEJS_CSV -> TimelineJsSheetReader.read(upload.content(), storylinesByTitleOrSlug(),
                    upload.defaultType(), note);
            case API_JSON -> ApiJsonReader.read(upload.content(), json, note);
        };
    }

    private Map<String, String> storylinesByTitle() {
        Map<String, String> slugs = new HashMap<>();
        catalog.developmentChoices().forEach(development -> slugs.putIfAbsent(development.title(), development.slug()));
        return slugs;
    }

    private Map<String, String> storylinesByTitleOrSlug() {
        Map<String, String> slugs = storylinesByTitle();
        catalog.developmentChoices().stream().map(DevelopmentRef::slug).forEach(slug -> slugs.putIfAbsent(slug, slug));
        return slugs;
    }

    /**
     * Each chunk of a dry run is rolled back before the next starts, so a later chunk cannot see a slug an
     * earlier one would take; a slug named twice in the file is reported here instead.
     */
    private static List<RowReport> withDuplicatesMarked(List<RowReport> report) {
        Map<String, Integer> firstRow = new HashMap<>();
        List<RowReport> marked = new ArrayList<>();
        for (RowReport row : report) {
            if (row.outcome() == RowReport.Outcome.CREATED && row.slug() != null
                    && firstRow.putIfAbsent(row.slug(), row.row()) != null) {
                marked.add(new RowReport(row.row(), RowReport.Outcome.ERROR, row.slug(), row.title(),
                        List.of(RowProblem.of("slug", "import.row.duplicateSlug", firstRow.get(row.slug()))),
                        row.notes()));
            }
            else {
                marked.add(row);
            }
        }
        return marked;
    }

    private static RowReport fileProblem(ImportFileException ex) {
        return new RowReport(0, RowReport.Outcome.ERROR, null, null, List.of(ex.problem()), List.of());
    }

    private void failed(long id, ImportJobStore.Upload upload, RuntimeException ex) {
        log.error("Import {} of {} failed", id, upload.fileName(), ex);
        store.finished(id, ImportStatus.FAILED, List.of(), ex.getClass().getSimpleName());
        audit("IMPORT_FAILED", id, upload, List.of());
    }

    private void audit(String action, long id, ImportJobStore.Upload upload, List<RowReport> report) {
        long created = report.stream().filter(row -> row.outcome() == RowReport.Outcome.CREATED).count();
        long updated = report.stream().filter(row -> row.outcome() == RowReport.Outcome.UPDATED).count();
        long errors = report.stream().filter(RowReport::error).count();
        transaction.executeWithoutResult(status -> auditLog.record(action, "import", String.valueOf(id),
                "%s (%s): %d rows, %d created, %d updated, %d errors".formatted(upload.fileName(),
                        upload.format(), report.size(), created, updated, errors)));
    }
}
