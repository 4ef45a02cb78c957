package org.ap4tracker.events;

import java.util.List;

/** A storyline and its published milestones, oldest first. */
public record DevelopmentDetail(DevelopmentSummary development, List<EventCard> milestones) {
}
