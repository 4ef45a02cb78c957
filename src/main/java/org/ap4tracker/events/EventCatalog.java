package org.ap4tracker.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ap4tracker.events.internal.DevelopmentQueries;
import org.ap4tracker.events.internal.EventChangeQueries;
import org.ap4tracker.events.internal.EventDetailQueries;
import org.ap4tracker.events.internal.ReferenceDataQueries;
import org.ap4tracker.events.internal.TimelineQueries;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public side of the tracker reads: published events, storylines and reference data. */
@Service
@Transactional(readOnly = true)
public class EventCatalog {

    /** The most events one page may hold. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The most change log entries one page may hold. */
    public static final int MAX_CHANGES_PAGE_SIZE = 1000;

    private final TimelineQueries timeline;
    private final EventDetailQueries details;
    private final DevelopmentQueries developments;
    private final ReferenceDataQueries referenceData;
    private final EventChangeQueries changes;

    EventCatalog(TimelineQueries timeline, EventDetailQueries details, DevelopmentQueries developments,
            ReferenceDataQueries referenceData, EventChangeQueries changes) {
        this.timeline = timeline;
        this.details = details;
        this.developments = developments;
        this.referenceData = referenceData;
        this.changes = changes;
    }

    public TimelinePage timeline(TimelineFilter filter, @Nullable TimelineCursor after, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to %d events, not %d".formatted(MAX_PAGE_SIZE, limit));
        }
        return timeline.page(filter, after, limit);
    }

    /** A published event with all its parts, or a withdrawn one with only its title and reason; drafts are not public. */
    public Optional<EventDetail> publicEvent(String slug) {
        return details.findPublic(slug);
    }

    public List<DevelopmentSummary> developments() {
        return developments.all();
    }

    public Optional<DevelopmentSummary> development(String slug) {
        return developments.find(slug);
    }

    public Optional<ActorRef> actor(String code) {
        return referenceData.actor(code);
    }

    public List<ActorRef> actors() {
        return referenceData.actors();
    }

    public List<TopicRef> topics() {
        return referenceData.topics();
    }

    public List<DevelopmentRef> developmentChoices() {
        return referenceData.developments();
    }

    /** Entries of the public change log after a position (from the start when null), oldest first. */
    public ChangePage changes(@Nullable ChangeCursor since, int limit) {
        if (limit < 1 || limit > MAX_CHANGES_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "A page holds 1 to %d changes, not %d".formatted(MAX_CHANGES_PAGE_SIZE, limit));
        }
        return changes.after(since, limit);
    }

    /** When anything public last changed; empty while nothing has been published. */
    public Optional<Instant> lastChange() {
        return changes.lastChange();
    }

    /** When the public view of one event last changed; empty for a draft or an unknown slug. */
    public Optional<Instant> lastChangeOf(String slug) {
        return changes.lastChangeOf(slug);
    }

    /**
     * The public changelog, newest first: events published, corrected, withdrawn and taken down, before a
     * position (from the newest when null). Entries that only echo another change (a related event's, a
     * renamed actor's) are left out; {@link #changes} keeps them for mirrors.
     */
    public PublicChangePage publicChanges(@Nullable ChangeCursor before, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to %d changes, not %d".formatted(MAX_PAGE_SIZE, limit));
        }
        return changes.publicBefore(before, limit);
    }
}
