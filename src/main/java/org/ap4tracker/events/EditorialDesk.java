package org.ap4tracker.events;

import java.util.List;
import java.util.Optional;

import org.ap4tracker.events.internal.EditorialQueries;
import org.ap4tracker.events.internal.EventDetailQueries;
import org.ap4tracker.system.ReadsOnOneConnection;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** What editors see of the tracker: every event whatever its state, and what changed lately. */
@Service
@ReadsOnOneConnection
public class EditorialDesk {

    private final EditorialQueries queries;
    private final EventDetailQueries details;

    EditorialDesk(EditorialQueries queries, EventDetailQueries details) {
        this.queries = queries;
        this.details = details;
    }

    /** An event in any state with all its parts, and its related events whatever their state. */
    public Optional<EventDetail> event(String slug) {
        return details.findAny(slug);
    }

    public DeskPage events(DeskFilter filter, DeskPage.@Nullable Position after, int limit) {
        return queries.page(filter, after, limit);
    }

    public List<DeskEvent> drafts(int limit) {
        return queries.page(new DeskFilter(EventStatus.DRAFT, null, null), null, limit).events();
    }

    /** Events in any state whose title or address contains the text, newest first. */
    public List<RelatedEvent> titled(String part, int limit) {
        return queries.titled(part, limit);
    }

    public List<RecentChange> recentChanges(int limit) {
        return queries.recentChanges(limit);
    }
}
