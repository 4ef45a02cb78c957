package org.ap4tracker.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One entry of the public change log: what happened at a slug, when, and the event's version then. */
public record EventChange(ChangeKind kind, String slug, Instant at, long version, @Nullable String withdrawnReason) {
}
