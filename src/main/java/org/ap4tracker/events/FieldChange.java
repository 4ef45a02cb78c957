package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/** One field that differs between two versions of an event or storyline; the field is a message key. */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {
}
