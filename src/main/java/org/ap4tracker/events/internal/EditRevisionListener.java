package org.ap4tracker.events.internal;

import org.ap4tracker.audit.Auditor;
import org.hibernate.envers.RevisionListener;

import org.springframework.stereotype.Component;

/**
 * Stamps each new revision with the signed-in user and their client address. Envers asks Hibernate's bean
 * container for it, which Spring Boot backs with the application context, so the auditor is injected.
 */
@Component
class EditRevisionListener implements RevisionListener {

    private final Auditor auditor;

    EditRevisionListener(Auditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public void newRevision(Object revisionEntity) {
        ((EditRevision) revisionEntity).madeBy(auditor.username(), auditor.clientAddress());
    }
}
