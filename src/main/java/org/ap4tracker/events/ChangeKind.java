package org.ap4tracker.events;

/** What one entry of the public change log says happened at a slug. */
public enum ChangeKind {

    /** A published event appeared at this slug: newly published, published again, or moved here. */
    PUBLISHED,

    /** A published event changed. */
    UPDATED,

    /** The event was withdrawn; its tombstone, with the reason, is public. The reason may also have changed. */
    WITHDRAWN,

    /** Nothing is public at this slug any more: the event went back to draft, was deleted, or moved. */
    REMOVED
}
