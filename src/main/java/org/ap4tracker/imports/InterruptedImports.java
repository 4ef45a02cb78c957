package org.ap4tracker.imports;

import java.util.Optional;

import org.ap4tracker.audit.AuditLog;
import org.ap4tracker.audit.Auditor;
import org.ap4tracker.storage.SessionLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks as failed the imports a stopped server left "checking" or "writing", so their pages stop
 * waiting. Only jobs no instance is processing ({@link ImportJobLocks}): with several instances on one database,
 * one that starts leaves the others' jobs alone. Nothing of such a job was written: a dry run writes nothing,
 * and a commit is one transaction, which PostgreSQL rolled back when its connection ended.
 */
@Component
class InterruptedImports {

    /** The {@code problem} of a job stopped by a restart; its page says so in the editor's language. */
    static final String RESTARTED = "RESTARTED";

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final ImportJobStore store;
    private final ImportJobLocks locks;
    private final AuditLog auditLog;

    InterruptedImports(ImportJobStore store, ImportJobLocks locks, AuditLog auditLog) {
        this.store = store;
        this.locks = locks;
        this.auditLog = auditLog;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        for (long id : store.running()) {
            Optional<SessionLocks.Held> unowned = locks.tryHold(id);
            if (unowned.isEmpty()) {
                continue;
            }
            try (SessionLocks.Held held = unowned.get()) {
                if (store.interrupted(id, RESTARTED)) {
                    log.warn("Import {} was stopped by a restart; marked as failed", id);
                    auditLog.recordAs(Auditor.SYSTEM, "IMPORT_FAILED", "import", String.valueOf(id),
                            "stopped when the server restarted; nothing was written");
                }
            }
        }
    }
}
