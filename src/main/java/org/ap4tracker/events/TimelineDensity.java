package org.ap4tracker.events;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How many published events a filter lists in each month, per storyline ({@code development} null for events
 * outside any): what an overview draws when there are too many events to draw each one.
 */
public record TimelineDensity(List<Cell> cells) {

    public TimelineDensity {
        cells = List.copyOf(cells);
    }

    public record Cell(@Nullable String development, YearMonth month, long events) {
    }
}
