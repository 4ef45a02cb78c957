package org.ap4tracker.events.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.ap4tracker.events.FieldChange;
import org.ap4tracker.events.RevisionEntry;
import org.ap4tracker.events.internal.EventRevisions.Revised;
import org.jspecify.annotations.Nullable;

/**
 * An entity's editable fields as text, in form order, so that two versions (two revisions, or a revision
 * and the current row) can be compared field by field. {@link EventSnapshot} and
 * {@link DevelopmentSnapshot} say which fields.
 */
public final class FieldSnapshot {

    private final Map<String, @Nullable String> fields;

    FieldSnapshot(Map<String, @Nullable String> fields) {
        this.fields = fields;
    }

    /** The fields that differ from {@code earlier}, in form order; everything that is set, if there is no earlier. */
    public List<FieldChange> changesSince(@Nullable FieldSnapshot earlier) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((field, value) -> {
            String before = earlier == null ? null : earlier.fields.get(field);
            if (!Objects.equals(before, value)) {
                changes.add(new FieldChange(field, before, value));
            }
        });
        return changes;
    }

    /** Revisions (oldest first, as Envers lists them) as history entries, newest first, each with what it changed. */
    public static <T> List<RevisionEntry> history(List<Revised<T>> revisions, Function<Revised<T>, FieldSnapshot> snapshot) {
        List<RevisionEntry> entries = new ArrayList<>();
        FieldSnapshot previous = null;
        for (Revised<T> revised : revisions) {
            FieldSnapshot current = snapshot.apply(revised);
            EditRevision revision = revised.revision();
            entries.add(new RevisionEntry(revision.getId(), revision.getMadeAt(), revision.getUsername(),
                    revision.getClientAddress(), revision.getAction(), revision.getChangeNote(),
                    current.changesSince(previous)));
            previous = current;
        }
        Collections.reverse(entries);
        return entries;
    }
}
