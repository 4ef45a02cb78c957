package org.ap4tracker.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One page of the editors' event list, most recently changed first, and where the next page starts. */
public record DeskPage(List<DeskEvent> events, @Nullable Position next) {

    /** The last row of a page: the next page starts after it. */
    public record Position(Instant updatedAt, long id) {
    }
}
