package org.ap4tracker.imports;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An import as its status page shows it. */
public record ImportJob(long id, ImportFormat format, String fileName, ImportStatus status, int totalRows,
        int doneRows, int createdRows, int updatedRows, int errorRows, List<RowReport> report,
        @Nullable String problem, String createdBy, Instant createdAt) {

    /** Rows done as a whole percentage, for the progress bar. */
    public int percent() {
        return totalRows == 0 ? (status.running() ? 0 : 100) : (int) (100L * doneRows / totalRows);
    }
}
