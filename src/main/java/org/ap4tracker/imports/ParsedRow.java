package org.ap4tracker.imports;

import java.util.List;

import org.ap4tracker.events.EventInput;
import org.jspecify.annotations.Nullable;

/**
 * One row of an uploaded file as the tracker reads it: the event it describes, or the problems that keep
 * it from describing one, and notes on what was adapted (a display date that has no place, say).
 * {@code skipped} rows (a TimelineJS title slide) are neither written nor errors.
 */
record ParsedRow(int row, @Nullable EventInput input, List<RowProblem> problems, List<RowProblem> notes,
        boolean skipped) {

    static ParsedRow of(int row, EventInput input, List<RowProblem> notes) {
        return new ParsedRow(row, input, List.of(), List.copyOf(notes), false);
    }

    static ParsedRow refused(int row, List<RowProblem> problems, List<RowProblem> notes) {
        return new ParsedRow(row, null, List.copyOf(problems), List.copyOf(notes), false);
    }

    static ParsedRow skipped(int row, RowProblem why) {
        return new ParsedRow(row, null, List.of(), List.of(why), true);
    }

    @Nullable String title() {
        return input == null ? null : input.title();
    }
}
