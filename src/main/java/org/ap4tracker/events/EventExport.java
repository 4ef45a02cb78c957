package org.ap4tracker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A published event with what feeds and exports show besides its card: where it happened, its topics and
 * sources, when it was first published, and the day the timeline sorts it at ({@code sortDate}, the first
 * day its date can mean: "mid-April 2023" sorts at 11 April).
 */
public record EventExport(
        EventCard card,
        LocalDate sortDate,
        @Nullable String location,
        List<TopicRef> topics,
        List<SourceCitation> sources,
        Instant publishedAt) {
}
