package org.ap4tracker.events;

import java.util.List;

import org.ap4tracker.events.internal.EditorialQueries;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What editors see of the tracker: every event whatever its state, and what changed lately. */
@Service
@Transactional(readOnly = true)
public class EditorialDesk {

    private final EditorialQueries queries;

    EditorialDesk(EditorialQueries queries) {
        this.queries = queries;
    }

    public DeskPage events(DeskFilter filter, DeskPage.@Nullable Position after, int limit) {
        return queries.page(filter, after, limit);
    }

    public List<DeskEvent> drafts(int limit) {
        return queries.page(new DeskFilter(EventStatus.DRAFT, null, null), null, limit).events();
    }

    public List<RecentChange> recentChanges(int limit) {
        return queries.recentChanges(limit);
    }
}
