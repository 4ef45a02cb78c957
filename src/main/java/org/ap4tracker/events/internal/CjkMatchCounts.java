package org.ap4tracker.events.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.TimelineDensity;
import org.ap4tracker.events.TimelineFacets;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.internal.TimelineConditions.Dimension;
import org.jspecify.annotations.Nullable;

/**
 * The facet counts and the overview's month counts of a search for a word whose matches are kept
 * ({@link CjkMatches}), counted in memory exactly as {@link FacetQueries} and {@link OverviewQueries} count them
 * in SQL: each facet over the newest {@value TimelineFacets#COUNTED_UP_TO} matches (and one more) of every
 * condition but its own, the month counts over the newest {@value TimelineFacets#COUNTED_UP_TO} of all of them.
 */
final class CjkMatchCounts {

    private CjkMatchCounts() {
    }

    static TimelineFacets facets(CjkMatches matches, TimelineFilter filter) {
        CjkMatches.Test test = matches.test(filter);
        int limit = TimelineFacets.COUNTED_UP_TO + 1;
        boolean[] capped = { false };
        // Each facet walks its own newest matches, as each of the statement's candidate lists does.
        BiConsumer<@Nullable Dimension, IntConsumer> walk = (without, each) -> {
            if (newest(matches, test, without, limit, each) == limit) {
                capped[0] = true;
            }
        };
        long[] total = { 0 };
        walk.accept(null, i -> total[0]++);
        Map<EventType, Long> types = new EnumMap<>(EventType.class);
        walk.accept(Dimension.TYPES, i -> types.merge(matches.type(i), 1L, Long::sum));
        Map<String, Long> developments = new HashMap<>();
        walk.accept(Dimension.DEVELOPMENT, i -> {
            String development = matches.development(i);
            if (development != null) {
                developments.merge(development, 1L, Long::sum);
            }
        });
        TreeMap<Integer, Long> years = new TreeMap<>();
        walk.accept(Dimension.DATES, i -> years.merge(matches.sortDate(i).getYear(), 1L, Long::sum));
        Map<String, Long> actors = new HashMap<>();
        walk.accept(Dimension.ACTORS, i -> matches.forEachActor(i, code -> actors.merge(code, 1L, Long::sum)));
        Map<String, Long> topics = new HashMap<>();
        walk.accept(Dimension.TOPICS, i -> matches.forEachTopic(i, slug -> topics.merge(slug, 1L, Long::sum)));
        Map<SourceKind, Long> sourceKinds = new EnumMap<>(SourceKind.class);
        walk.accept(Dimension.SOURCE_KINDS,
                i -> matches.forEachSourceKind(i, kind -> sourceKinds.merge(kind, 1L, Long::sum)));
        return new TimelineFacets(actors, types, topics, developments, years, sourceKinds, capped[0], total[0]);
    }

    static TimelineDensity density(CjkMatches matches, TimelineFilter filter) {
        Map<Cell, Long> counts = new HashMap<>();
        newest(matches, matches.test(filter), null, TimelineFacets.COUNTED_UP_TO, i -> counts.merge(
                new Cell(matches.development(i), YearMonth.from(matches.sortDate(i))), 1L, Long::sum));
        List<TimelineDensity.Cell> cells = new ArrayList<>(counts.size());
        counts.forEach((cell, n) -> cells.add(new TimelineDensity.Cell(cell.development(), cell.month(), n)));
        return new TimelineDensity(cells);
    }

    /** Calls {@code each} for the newest {@code limit} matches that pass, and answers how many did. */
    private static int newest(CjkMatches matches, CjkMatches.Test test, @Nullable Dimension without, int limit,
            IntConsumer each) {
        int taken = 0;
        for (int i = 0; i < matches.size() && taken < limit; i++) {
            if (test.passes(i, without)) {
                each.accept(i);
                taken++;
            }
        }
        return taken;
    }

    private record Cell(@Nullable String development, YearMonth month) {
    }
}
