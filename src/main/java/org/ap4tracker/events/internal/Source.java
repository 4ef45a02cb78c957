package org.ap4tracker.events.internal;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Where a claim comes from. The URL may be absent for print-only sources, which are then cited by title
 * and publisher.
 */
@Embeddable
public record Source(
        @Nullable String url,
        String title,
        @Nullable String publisher,
        @Nullable LocalDate publishedOn,
        @Nullable LocalDate accessedOn,
        @Nullable String archiveUrl) {
}
