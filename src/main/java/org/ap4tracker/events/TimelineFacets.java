package org.ap4tracker.events;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * How many published events each choice of the timeline's filter would list, given the rest of the current
 * filter: a facet counts its own values under every other condition, so that "any of" choices within one
 * facet can be added without their counts dropping to zero. Actors and topics by code and slug, storylines
 * by slug, years by the year of the first day an event's date can mean, source kinds by the events citing one. A value missing from a map counts
 * zero.
 *
 * <p>Under a text search the counts are counted from the events, and a word that many events have would cost
 * seconds to count exactly: each facet counts the newest {@value #COUNTED_UP_TO} matches of the rest of the
 * filter at most, and {@code capped} says that one of them reached the limit (so its counts are lower bounds,
 * and a zero may not be one). {@code total} is then the number of events the list shows, counted up to the
 * limit and one more; null when the year facet counts it exactly.
 */
public record TimelineFacets(
        Map<String, Long> actors,
        Map<EventType, Long> types,
        Map<String, Long> topics,
        Map<String, Long> developments,
        NavigableMap<Integer, Long> years,
        Map<SourceKind, Long> sourceKinds,
        boolean capped,
        @Nullable Long total) {

    /** How many of the newest matches of a text search the counts count at most. */
    public static final int COUNTED_UP_TO = 10_000;

    public TimelineFacets(Map<String, Long> actors, Map<EventType, Long> types, Map<String, Long> topics,
            Map<String, Long> developments, NavigableMap<Integer, Long> years, Map<SourceKind, Long> sourceKinds) {
        this(actors, types, topics, developments, years, sourceKinds, false, null);
    }

    /** Whether the list shows more events than the counts count: "10,000+ events". */
    public boolean totalAtLeastCountedUpTo() {
        return total != null && total > COUNTED_UP_TO;
    }

    public TimelineFacets {
        actors = Map.copyOf(actors);
        types = Map.copyOf(types);
        topics = Map.copyOf(topics);
        developments = Map.copyOf(developments);
        years = new TreeMap<>(years);
        sourceKinds = Map.copyOf(sourceKinds);
    }

    /** Events citing at least one source of this kind. */
    public long sourceKind(SourceKind kind) {
        return sourceKinds.getOrDefault(kind, 0L);
    }

    public long actor(String code) {
        return actors.getOrDefault(code, 0L);
    }

    public long type(EventType type) {
        return types.getOrDefault(type, 0L);
    }

    public long topic(String slug) {
        return topics.getOrDefault(slug, 0L);
    }

    public long development(String slug) {
        return developments.getOrDefault(slug, 0L);
    }

    /** Years with events, latest first. */
    public NavigableMap<Integer, Long> yearsLatestFirst() {
        return years.descendingMap();
    }
}
