package org.ap4tracker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which published events a timeline shows. Empty sets and nulls mean "no restriction"; several values in one
 * set mean "any of them". {@code from} and {@code to} bound, inclusively, the first day the event's date can
 * mean; {@code updatedSince} keeps events whose record changed at or after that instant; {@code text} keeps
 * events whose title, summary, body, statements or sources match it as a web-search query ("tokyo office",
 * "-china", "\"liaison office\""). A filter without text cannot be ordered by relevance: it lists newest
 * first instead. {@code sourceKinds} keeps events citing at least one source of any of those kinds.
 */
public record TimelineFilter(
        Set<String> actors,
        Set<EventType> types,
        Set<String> topics,
        @Nullable String development,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Instant updatedSince,
        @Nullable String text,
        SortOrder order,
        Set<SourceKind> sourceKinds) {

    /** The longest search text taken; longer text is a mistake or an attempt to make the search costly. */
    public static final int MAX_TEXT_LENGTH = 200;

    /** The most values a query string may give for one list (actors, types, topics); more is no reader's filter. */
    public static final int MAX_LIST_VALUES = 50;

    public TimelineFilter {
        actors = Set.copyOf(actors);
        types = Set.copyOf(types);
        topics = Set.copyOf(topics);
        sourceKinds = Set.copyOf(sourceKinds);
        if (order == SortOrder.RELEVANCE && text == null) {
            order = SortOrder.NEWEST_FIRST;
        }
    }

    /** A filter on no source kind. */
    public TimelineFilter(Set<String> actors, Set<EventType> types, Set<String> topics, @Nullable String development,
            @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Instant updatedSince, @Nullable String text,
            SortOrder order) {
        this(actors, types, topics, development, from, to, updatedSince, text, order, Set.of());
    }

    /** The same filter in another order. */
    public TimelineFilter inOrder(SortOrder newOrder) {
        return new TimelineFilter(actors, types, topics, development, from, to, updatedSince, text, newOrder,
                sourceKinds);
    }

    /** The same filter, keeping only events citing a source of one of these kinds. */
    public TimelineFilter withSourceKinds(Set<SourceKind> kinds) {
        return new TimelineFilter(actors, types, topics, development, from, to, updatedSince, text, order, kinds);
    }

    /** A filter over whole years, as the timeline page offers: from 1 January of one to 31 December of the other. */
    public TimelineFilter(Set<String> actors, Set<EventType> types, Set<String> topics, @Nullable String development,
            @Nullable Integer fromYear, @Nullable Integer toYear, SortOrder order) {
        this(actors, types, topics, development, fromYear == null ? null : LocalDate.of(fromYear, 1, 1),
                toYear == null ? null : LocalDate.of(toYear, 12, 31), null, null, order);
    }

    /** Whether the filter leaves anything out (the order aside). */
    public boolean restricts() {
        return !actors.isEmpty() || !types.isEmpty() || !topics.isEmpty() || development != null
                || from != null || to != null || updatedSince != null || text != null || !sourceKinds.isEmpty();
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
