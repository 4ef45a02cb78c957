package org.ap4tracker.events;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How many published events each choice of the timeline's filter would list, given the rest of the current
 * filter: a facet counts its own values under every other condition, so that "any of" choices within one
 * facet can be added without their counts dropping to zero. Actors and topics by code and slug, storylines
 * by slug, years by the year of the first day an event's date can mean, source kinds by the events citing one. A value missing from a map counts
 * zero.
 */
public record TimelineFacets(
        Map<String, Long> actors,
        Map<EventType, Long> types,
        Map<String, Long> topics,
        Map<String, Long> developments,
        NavigableMap<Integer, Long> years,
        Map<SourceKind, Long> sourceKinds) {

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
