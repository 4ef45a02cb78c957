package org.ap4tracker.imports;

import java.util.Optional;

import org.ap4tracker.storage.SessionLocks;

import org.springframework.stereotype.Component;

/**
 * Who is working on an import. The instance processing a job holds a session-level advisory lock keyed by the
 * job's id ({@link SessionLocks}); PostgreSQL lets go of it when that lock's connection ends, so also when the
 * process holding it stops, however it stops. A job still marked running whose lock can be taken has therefore
 * lost its worker, whichever instance asks, and one another instance is still processing is never taken for lost.
 * A heartbeat would need a timeout longer than the longest silence of a commit (the history Envers writes at its
 * end sends no progress), and a restarted server would wait that long to know.
 */
@Component
class ImportJobLocks {

    /** Any fixed number, the same for every instance: the upper half of each job's key ("ap4i"). */
    private static final long NAMESPACE = 0x61703469L << 32;

    private final SessionLocks locks;

    ImportJobLocks(SessionLocks locks) {
        this.locks = locks;
    }

    /** Waits for the job's lock, and holds it until the result is closed. */
    SessionLocks.Held hold(long id) {
        return locks.hold(key(id));
    }

    /** The job's lock if no one holds it: the job has no worker. */
    Optional<SessionLocks.Held> tryHold(long id) {
        return locks.tryHold(key(id));
    }

    private static long key(long id) {
        return NAMESPACE | (Long.hashCode(id) & 0xffffffffL);
    }
}
