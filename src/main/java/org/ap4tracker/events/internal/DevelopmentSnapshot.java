package org.ap4tracker.events.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A storyline's editable fields for comparing versions. An empty description counts as none. */
public final class DevelopmentSnapshot {

    private DevelopmentSnapshot() {
    }

    public static FieldSnapshot of(Development development) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("slug", development.getSlug());
        fields.put("title", development.getTitle());
        fields.put("description", development.getDescription().isBlank() ? null : development.getDescription());
        fields.put("status", development.getStatus().name());
        return new FieldSnapshot(fields);
    }
}
