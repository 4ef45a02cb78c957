package org.ap4tracker.imports;

/** Where an import stands. Only a dry run without errors ({@link #CHECKED}) can be confirmed. */
public enum ImportStatus {
    CHECKING, CHECKED, CHECK_FAILED, COMMITTING, COMMITTED, COMMIT_REFUSED, FAILED;

    /** Whether the job is still being processed, so its page should look again shortly. */
    public boolean running() {
        return this == CHECKING || this == COMMITTING;
    }

    public boolean confirmable() {
        return this == CHECKED;
    }
}
