package org.ap4tracker.events.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.TimelineDensity;
import org.ap4tracker.events.TimelineFacets;
import org.ap4tracker.events.TimelineFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word of more events than the counts count: each facet counts the newest matches of every condition but its
 * own, up to the limit and one more, and says it is capped, as the SQL counts do ({@code CjkSearchTests} shows
 * the page's "10,000+"); the month counts take the newest up to the limit.
 */
class CjkMatchCapTests {

    private static final int LIMIT = TimelineFacets.COUNTED_UP_TO;

    /** Limit + 10 meetings of Japan, a day apart, newest first; the 9 oldest are summits of Korea instead. */
    private final CjkMatches matches = matches();

    @Test
    void eachFacetCountsTheNewestMatchesOfTheRestOfTheFilterUpToTheLimitAndOneMore() {
        TimelineFacets all = CjkMatchCounts.facets(matches, search(Set.of()));

        assertThat(all.capped()).isTrue();
        assertThat(all.total()).isEqualTo(LIMIT + 1L);
        assertThat(all.totalAtLeastCountedUpTo()).isTrue();
        assertThat(all.types()).isEqualTo(Map.of(EventType.MEETING, LIMIT + 1L));
        assertThat(all.actors()).isEqualTo(Map.of("JP", LIMIT + 1L));
        assertThat(all.years().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(LIMIT + 1L);
        assertThat(all.sourceKinds()).isEqualTo(Map.of(SourceKind.NEWS, LIMIT + 1L));
    }

    @Test
    void aFacetLeavesItsOwnConditionOut() {
        TimelineFacets summits = CjkMatchCounts.facets(matches, search(Set.of(EventType.SUMMIT)));

        assertThat(summits.total()).isEqualTo(9L);
        assertThat(summits.actors()).isEqualTo(Map.of("KR", 9L));
        assertThat(summits.types()).as("counted without the type, so capped")
                .isEqualTo(Map.of(EventType.MEETING, LIMIT + 1L));
        assertThat(summits.capped()).isTrue();
    }

    @Test
    void theMonthCountsTakeTheNewestUpToTheLimit() {
        TimelineDensity months = CjkMatchCounts.density(matches, search(Set.of()));

        assertThat(months.cells().stream().mapToLong(TimelineDensity.Cell::events).sum()).isEqualTo(LIMIT);
        assertThat(months.cells()).allMatch(cell -> "storyline".equals(cell.development()));
    }

    private static CjkMatches matches() {
        CjkMatches.Builder built = new CjkMatches.Builder();
        LocalDate newest = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < LIMIT + 10; i++) {
            boolean oldest = i > LIMIT;
            built.add(LIMIT + 10 - i, newest.minusDays(i), 0, oldest ? EventType.SUMMIT : EventType.MEETING,
                    "storyline", List.of(oldest ? "KR" : "JP"), List.of(), List.of(SourceKind.NEWS), List.of());
        }
        return built.build();
    }

    private static TimelineFilter search(Set<EventType> types) {
        return new TimelineFilter(Set.of(), types, Set.of(), null, null, null, null, "대조", SortOrder.RELEVANCE,
                Set.of());
    }
}
