package org.ap4tracker.events;

/** Where a storyline stands. */
public enum DevelopmentStatus {
    PROPOSED, NEGOTIATING, AGREED, IMPLEMENTED, STALLED, ABANDONED, ONGOING
}
