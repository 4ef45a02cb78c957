package org.ap4tracker.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the import did, or would do, with one row of the file; stored in {@code import_job.report} as JSON. */
public record RowReport(int row, Outcome outcome, @Nullable String slug, @Nullable String title,
        List<RowProblem> problems, List<RowProblem> notes) {

    public enum Outcome {
        CREATED, UPDATED, ERROR, SKIPPED
    }

    public boolean error() {
        return outcome == Outcome.ERROR;
    }
}
