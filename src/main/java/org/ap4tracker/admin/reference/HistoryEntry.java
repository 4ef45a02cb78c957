package org.ap4tracker.admin.reference;

import java.util.List;

import org.ap4tracker.events.FieldChange;
import org.ap4tracker.events.RevisionEntry;
import org.jspecify.annotations.Nullable;

/** One revision as the history page shows it. */
record HistoryEntry(long number, String madeAt, String madeAtIso, String username, @Nullable String action,
        @Nullable String changeNote, List<FieldChange> changes) {

    static HistoryEntry of(RevisionEntry revision) {
        return new HistoryEntry(revision.number(), AdminTimes.format(revision.madeAt()), revision.madeAt().toString(),
                revision.username(), revision.action(), revision.changeNote(), revision.changes());
    }
}
