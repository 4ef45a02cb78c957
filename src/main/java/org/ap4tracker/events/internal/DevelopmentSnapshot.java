package org.ap4tracker.events.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ap4tracker.events.FieldChange;
import org.jspecify.annotations.Nullable;

/**
 * A storyline's editable fields as text, in form order, so that two versions can be compared field by field.
 * An empty description counts as none.
 */
public final class DevelopmentSnapshot {

    private final Map<String, @Nullable String> fields;

    private DevelopmentSnapshot(Map<String, @Nullable String> fields) {
        this.fields = fields;
    }

    public static DevelopmentSnapshot of(Development development) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("slug", development.getSlug());
        fields.put("title", development.getTitle());
        fields.put("description", development.getDescription().isBlank() ? null : development.getDescription());
        fields.put("status", development.getStatus().name());
        return new DevelopmentSnapshot(fields);
    }

    /** The fields that differ from {@code earlier}, in form order; everything that is set, if there is no earlier. */
    public List<FieldChange> changesSince(@Nullable DevelopmentSnapshot earlier) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((field, value) -> {
            String before = earlier == null ? null : earlier.fields.get(field);
            if (!Objects.equals(before, value)) {
                changes.add(new FieldChange(field, before, value));
            }
        });
        return changes;
    }
}
