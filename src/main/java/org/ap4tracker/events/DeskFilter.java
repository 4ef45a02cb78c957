package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/** Which events the editors' list shows: any combination of a status, a type and a storyline. */
public record DeskFilter(@Nullable EventStatus status, @Nullable EventType type, @Nullable String development) {
}
