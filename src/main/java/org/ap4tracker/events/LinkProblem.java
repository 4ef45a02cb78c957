package org.ap4tracker.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A cited address whose last check did not find it where it was: gone (NOT_FOUND), moved elsewhere (MOVED),
 * failing (FAILING) or not checkable (BLOCKED), with what it answered and the events that cite it.
 */
public record LinkProblem(String url, String outcome, @Nullable Integer httpStatus, @Nullable String finalUrl,
        @Nullable String detail, Instant checkedAt, List<Citing> citedBy) {

    /** An event citing the address, and whether that source has an archived copy recorded. */
    public record Citing(String slug, String title, boolean archived) {
    }
}
