package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/**
 * A storyline with how far it has come: its published milestones and the date of the latest, which is when
 * it last moved.
 */
public record DevelopmentSummary(
        String slug,
        String title,
        String description,
        DevelopmentStatus status,
        int milestoneCount,
        @Nullable HonestDate lastMoved) {
}
