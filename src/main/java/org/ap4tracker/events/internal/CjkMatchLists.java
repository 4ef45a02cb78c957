package org.ap4tracker.events.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineCursor;
import org.ap4tracker.events.TimelineFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which events a page of a search for a word whose matches are kept ({@link CjkMatches}) shows, in order, as
 * {@link TimelineQueries} orders them in SQL: newest or oldest first by (sort date, id), or by relevance over the
 * newest {@value TimelineQueries#RANKED_CANDIDATES} matches, the word in the reader's translated title first
 * ({@link CjkText#rank}), then newest first. Only the events shown are then read from the database.
 */
final class CjkMatchLists {

    /** The rank {@link CjkText#rank} gives a match in the title and elsewhere, as PostgreSQL's {@code real}. */
    private static final float IN_TITLE = 1.0f;
    private static final float ELSEWHERE = 0.5f;

    private CjkMatchLists() {
    }

    /** A match chosen for the page: its index in the kept matches, and its rank when listed by relevance. */
    record Chosen(int index, long id, @Nullable Float rank) {
    }

    /** Up to {@code limit} matches of the filter after {@code after}, in the filter's order. */
    static List<Chosen> page(CjkMatches matches, TimelineFilter filter, @Nullable TimelineCursor after, int limit,
            String lang) {
        CjkMatches.Test test = matches.test(filter);
        List<Chosen> chosen = new ArrayList<>();
        if (filter.order() == SortOrder.RELEVANCE) {
            for (int i = 0; i < matches.size() && chosen.size() < TimelineQueries.RANKED_CANDIDATES; i++) {
                if (test.passes(i, null)) {
                    chosen.add(new Chosen(i, matches.id(i), matches.titledIn(i, lang) ? IN_TITLE : ELSEWHERE));
                }
            }
            // Newest first already; a stable sort by rank keeps that order among equals.
            chosen.sort(Comparator.comparing((Chosen c) -> c.rank()).reversed());
            if (after != null) {
                chosen.removeIf(c -> !before(c, matches, after));
            }
            return chosen.subList(0, Math.min(limit, chosen.size()));
        }
        boolean newestFirst = filter.order() != SortOrder.OLDEST_FIRST;
        int step = newestFirst ? 1 : -1;
        for (int i = newestFirst ? 0 : matches.size() - 1; i >= 0 && i < matches.size() && chosen.size() < limit;
                i += step) {
            // Newest first: below the cursor; oldest first: above it.
            if (test.passes(i, null) && (after == null || Integer.signum(compare(matches, i, after)) == -step)) {
                chosen.add(new Chosen(i, matches.id(i), null));
            }
        }
        return chosen;
    }

    /** Whether a ranked match comes after the cursor: (rank, sort date, id) below the cursor's. */
    private static boolean before(Chosen chosen, CjkMatches matches, TimelineCursor after) {
        int byRank = Float.compare(chosen.rank(), after.rank());
        return byRank < 0 || (byRank == 0 && compare(matches, chosen.index(), after) < 0);
    }

    /** Match i's (sort date, id) against the cursor's, as SQL compares the rows. */
    private static int compare(CjkMatches matches, int i, TimelineCursor after) {
        int byDate = matches.sortDate(i).compareTo(after.sortDate());
        return byDate != 0 ? byDate : Long.compare(matches.id(i), after.id());
    }
}
