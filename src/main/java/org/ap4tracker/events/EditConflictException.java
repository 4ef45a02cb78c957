package org.ap4tracker.events;

import java.time.Instant;
import java.util.List;

/**
 * Someone else saved the event after the editor opened it. Nothing was written; {@link #theirChanges()}
 * says what they changed, so the editor can decide what to keep.
 */
public class EditConflictException extends RuntimeException {

    private final long currentVersion;
    private final String changedBy;
    private final Instant changedAt;
    private final List<FieldChange> theirChanges;

    public EditConflictException(long currentVersion, String changedBy, Instant changedAt, List<FieldChange> theirChanges) {
        super("Changed by " + changedBy + " at " + changedAt);
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.theirChanges = List.copyOf(theirChanges);
    }

    public long currentVersion() {
        return currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public List<FieldChange> theirChanges() {
        return theirChanges;
    }
}
