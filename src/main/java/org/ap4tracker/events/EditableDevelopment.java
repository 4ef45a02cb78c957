package org.ap4tracker.events;

import java.time.Instant;

/** A storyline as the edit form opens it: what the editor can change, the version it starts from, its last change. */
public record EditableDevelopment(String slug, DevelopmentInput input, long version, Instant updatedAt) {
}
