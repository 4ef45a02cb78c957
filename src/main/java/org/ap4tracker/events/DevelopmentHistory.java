package org.ap4tracker.events;

import java.util.List;

import org.ap4tracker.events.internal.Development;
import org.ap4tracker.events.internal.DevelopmentRepository;
import org.ap4tracker.events.internal.DevelopmentSnapshot;
import org.ap4tracker.events.internal.FieldSnapshot;
import org.ap4tracker.events.internal.EventRevisions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A storyline's history: every revision, newest first, each with the fields it changed. */
@Service
@Transactional(readOnly = true)
public class DevelopmentHistory {

    private final DevelopmentRepository developments;
    private final EventRevisions revisions;

    DevelopmentHistory(DevelopmentRepository developments, EventRevisions revisions) {
        this.developments = developments;
        this.revisions = revisions;
    }

    public List<RevisionEntry> of(String slug) {
        Development development = developments.findBySlug(slug)
                .orElseThrow(() -> new ReferenceDataNotFoundException("storyline", slug));
        return FieldSnapshot.history(revisions.ofDevelopment(ReferenceDataEditor.idOf(development)),
                revised -> DevelopmentSnapshot.of(revised.state()));
    }
}
