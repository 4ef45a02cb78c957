package org.ap4tracker.events;

import java.util.List;
import java.util.Locale;

import org.ap4tracker.events.internal.Event;
import org.ap4tracker.events.internal.EventRepository;
import org.ap4tracker.events.internal.EventRevisions;
import org.ap4tracker.events.internal.EventSnapshot;
import org.ap4tracker.events.internal.FieldSnapshot;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An event's history: every revision, newest first, each with the fields it changed. */
@Service
@Transactional(readOnly = true)
public class EventHistory {

    private final EventRepository events;
    private final EventRevisions revisions;
    private final HonestDateFormat dateFormat;

    EventHistory(EventRepository events, EventRevisions revisions, HonestDateFormat dateFormat) {
        this.events = events;
        this.revisions = revisions;
        this.dateFormat = dateFormat;
    }

    public List<RevisionEntry> of(String slug) {
        Event event = events.findBySlug(slug).orElseThrow(() -> new EventNotFoundException(slug));
        return FieldSnapshot.history(revisions.ofEvent(event.getId()), revised -> EventSnapshot.of(revised.state(),
                date -> dateFormat.format(date, Locale.ENGLISH),
                revisions.relatedSlugsAt(event.getId(), revised.revision().getId())));
    }
}
