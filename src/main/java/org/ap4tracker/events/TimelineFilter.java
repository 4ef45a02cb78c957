package org.ap4tracker.events;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which published events a timeline shows. Empty sets and nulls mean "no restriction"; several values in one
 * set mean "any of them". Years bound the first day the event's date can mean.
 */
public record TimelineFilter(
        Set<String> actors,
        Set<EventType> types,
        Set<String> topics,
        @Nullable String development,
        @Nullable Integer fromYear,
        @Nullable Integer toYear,
        SortOrder order) {

    public TimelineFilter {
        actors = Set.copyOf(actors);
        types = Set.copyOf(types);
        topics = Set.copyOf(topics);
    }

    /** Whether the filter leaves anything out (the order aside). */
    public boolean restricts() {
        return !actors.isEmpty() || !types.isEmpty() || !topics.isEmpty() || development != null
                || fromYear != null || toYear != null;
    }

    public static TimelineFilter everything() {
        return new TimelineFilter(Set.of(), Set.of(), Set.of(), null, null, null, SortOrder.NEWEST_FIRST);
    }

    /** A storyline's milestones, oldest first. */
    public static TimelineFilter milestonesOf(String developmentSlug) {
        return new TimelineFilter(Set.of(), Set.of(), Set.of(), developmentSlug, null, null, SortOrder.OLDEST_FIRST);
    }

    public static TimelineFilter involving(String actorCode) {
        return new TimelineFilter(Set.of(actorCode), Set.of(), Set.of(), null, null, null, SortOrder.NEWEST_FIRST);
    }
}
