package org.ap4tracker.events;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A source as readers see it; print-only sources have no URL. {@code linkDead}: the link checker last found the
 * address gone (404 or 410), so the page leads with the archived copy when one is recorded.
 */
public record SourceCitation(
        @Nullable String url,
        String title,
        @Nullable String publisher,
        @Nullable LocalDate publishedOn,
        @Nullable LocalDate accessedOn,
        @Nullable String archiveUrl,
        SourceKind kind,
        boolean linkDead) {

    /** Whether readers should be sent to the archived copy first. */
    public boolean leadsWithArchive() {
        return linkDead && archiveUrl != null;
    }
}
