package org.ap4tracker.events;

import java.util.List;
import java.util.Optional;

import org.ap4tracker.events.internal.DevelopmentQueries;
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

    private final TimelineQueries timeline;
    private final EventDetailQueries details;
    private final DevelopmentQueries developments;
    private final ReferenceDataQueries referenceData;

    EventCatalog(TimelineQueries timeline, EventDetailQueries details, DevelopmentQueries developments,
            ReferenceDataQueries referenceData) {
        this.timeline = timeline;
        this.details = details;
        this.developments = developments;
        this.referenceData = referenceData;
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
}
