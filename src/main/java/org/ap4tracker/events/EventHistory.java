package org.ap4tracker.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.ap4tracker.events.internal.Event;
import org.ap4tracker.events.internal.EventRepository;
import org.ap4tracker.events.internal.EventRevisions;
import org.ap4tracker.events.internal.EventRevisions.Revised;
import org.ap4tracker.events.internal.EventSnapshot;

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
        List<RevisionEntry> entries = new ArrayList<>();
        EventSnapshot previous = null;
        for (Revised<Event> revised : revisions.ofEvent(event.getId())) {
            var revision = revised.revision();
            EventSnapshot snapshot = EventSnapshot.of(revised.state(), date -> dateFormat.format(date, Locale.ENGLISH),
                    revisions.relatedSlugsAt(event.getId(), revision.getId()));
            entries.add(new RevisionEntry(revision.getId(), revision.getMadeAt(), revision.getUsername(),
                    revision.getClientAddress(), revision.getAction(), revision.getChangeNote(),
                    snapshot.changesSince(previous)));
            previous = snapshot;
        }
        Collections.reverse(entries);
        return entries;
    }
}
