package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/**
 * A storyline with how far it has come: its published milestones and the date of the latest, which is when
 * it last moved. The count stops at {@link #MILESTONE_COUNT_CAP}. {@code language} is the language of the title:
 * the reader's where translated, else {@code en}; {@code descriptionLanguage} that of the description, which is the
 * English original's (and {@code en}) where the translation has a title but left the description empty.
 */
public record DevelopmentSummary(
        String slug,
        String title,
        String description,
        DevelopmentStatus status,
        int milestoneCount,
        @Nullable HonestDate lastMoved,
        String language,
        String descriptionLanguage) {

    public static final int MILESTONE_COUNT_CAP = 1000;

    /** Whether there are at least {@link #MILESTONE_COUNT_CAP} milestones, more than were counted. */
    public boolean milestoneCountCapped() {
        return milestoneCount >= MILESTONE_COUNT_CAP;
    }
}
