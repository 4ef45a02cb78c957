package org.ap4tracker.events;

/**
 * Which events a list starts from: either end of history, or, for a text search, the best matches (words in
 * the title count most, then the summary, the body, and last the statements and sources; ties newest first).
 */
public enum SortOrder {
    NEWEST_FIRST, OLDEST_FIRST, RELEVANCE
}
