package org.ap4tracker.events;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Entries of the public changelog, newest first, and the position to read older ones from (null at the end). */
public record PublicChangePage(List<PublicChange> changes, @Nullable ChangeCursor olderFrom) {
}
