package org.ap4tracker.events;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A source as readers see it; print-only sources have no URL. */
public record SourceCitation(
        @Nullable String url,
        String title,
        @Nullable String publisher,
        @Nullable LocalDate publishedOn,
        @Nullable LocalDate accessedOn,
        @Nullable String archiveUrl,
        SourceKind kind) {
}
