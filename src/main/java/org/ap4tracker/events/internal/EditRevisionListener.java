package org.ap4tracker.events.internal;

import org.ap4tracker.audit.RequestOrigin;
import org.hibernate.envers.RevisionListener;

/** Stamps each new revision with the signed-in user and their client address. */
class EditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((EditRevision) revisionEntity).madeBy(RequestOrigin.username(), RequestOrigin.clientAddress());
    }
}
