package org.ap4tracker.events;

/** Which end of history a list starts from. */
public enum SortOrder {
    NEWEST_FIRST, OLDEST_FIRST
}
