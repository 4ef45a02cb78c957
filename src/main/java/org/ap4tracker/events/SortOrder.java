package org.ap4tracker.events;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which events a list starts from: either end of history, or, for a text search, the best matches (words in
 * the title count most, then the summary, the body, and last the statements and sources; ties newest first).
 */
public enum SortOrder {
    NEWEST_FIRST, OLDEST_FIRST, RELEVANCE;

    /** The values of the {@code order} parameter the timeline page and the API take alike. */
    public static final String NEWEST = "newest";
    public static final String OLDEST = "oldest";
    public static final String BEST_MATCH = "relevance";
    public static final Set<String> PARAMETER_VALUES = Set.of(NEWEST, OLDEST, BEST_MATCH);

    /**
     * The order an {@code order} parameter asks for: as named, or without one best matches for a text search
     * and newest first otherwise. Relevance needs a search; without one, and for a value not known, the list
     * is newest first (validators reject unknown values before this is asked).
     */
    public static SortOrder ofParameter(@Nullable String value, boolean searching) {
        String asked = value == null || value.isBlank() ? (searching ? BEST_MATCH : NEWEST) : value;
        return switch (asked) {
            case OLDEST -> OLDEST_FIRST;
            case BEST_MATCH -> searching ? RELEVANCE : NEWEST_FIRST;
            default -> NEWEST_FIRST;
        };
    }
}
