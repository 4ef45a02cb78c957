package org.ap4tracker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A published event as a list shows it: enough to recognise it and follow the link. {@code sortDate} is the
 * first day its date can mean, which places it in the timeline: its year is the year the event is listed,
 * counted and filtered under ("after 2017" in 2018). {@code updatedAt} and {@code version} say when and how
 * often its record last changed. {@code language} is the language the title and summary are in: the reader's
 * where a translation exists, else {@code en}, the original's (pages mark it with {@code lang}).
 */
public record EventCard(
        String slug,
        String title,
        String summary,
        EventType type,
        HonestDate date,
        LocalDate sortDate,
        @Nullable DevelopmentRef development,
        List<ActorRef> actors,
        Instant updatedAt,
        long version,
        String language) {

    /** An event card in its original English. */
    public EventCard(String slug, String title, String summary, EventType type, HonestDate date, LocalDate sortDate,
            @Nullable DevelopmentRef development, List<ActorRef> actors, Instant updatedAt, long version) {
        this(slug, title, summary, type, date, sortDate, development, actors, updatedAt, version, "en");
    }
}
