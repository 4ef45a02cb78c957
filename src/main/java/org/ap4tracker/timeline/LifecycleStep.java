package org.ap4tracker.timeline;

import java.time.LocalDate;

import org.ap4tracker.events.DevelopmentStatus;
import org.jspecify.annotations.Nullable;

/**
 * One step of a storyline's lifecycle: the status it reached, the day it reached it when known, and on what
 * that day rests, so the page can say so honestly.
 */
record LifecycleStep(DevelopmentStatus status, @Nullable LocalDate reachedOn, Basis basis) {

    /** On what the day of a step rests. */
    enum Basis {
        /** The day of the editors' assessment that found the status. */
        ASSESSED,
        /** The day the editors recorded the status on the desk. */
        RECORDED,
        /** Only the current status is known; the day is that of the storyline's latest milestone. */
        LATEST_MILESTONE
    }
}
