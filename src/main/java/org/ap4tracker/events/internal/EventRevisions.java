package org.ap4tracker.events.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Reads and labels Envers revisions of events and storylines. */
@Component
public class EventRevisions {

    private final EntityManager entityManager;

    EventRevisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Says what the change being made in this transaction is. Envers stores the revision only if the
     * transaction changes an audited row, so a save that changes nothing leaves no empty revision.
     */
    public void describeCurrent(String action, @Nullable String changeNote) {
        reader().getCurrentRevision(EditRevision.class, false).describe(action,
                changeNote == null || changeNote.isBlank() ? null : changeNote.strip());
    }

    /** Every revision of the event, oldest first, with the event as it stood after each. */
    public List<Revised<Event>> ofEvent(long eventId) {
        return of(Event.class, eventId);
    }

    public List<Revised<Development>> ofDevelopment(long developmentId) {
        return of(Development.class, developmentId);
    }

    /** The event as it stood when it had this version, if history reaches back that far. */
    public Optional<Event> eventAtVersion(long eventId, long version) {
        List<?> rows = reader().createQuery()
                .forRevisionsOfEntity(Event.class, true, false)
                .add(AuditEntity.id().eq(eventId))
                .add(AuditEntity.property("version").eq(version))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return rows.stream().map(Event.class::cast).findFirst();
    }

    public Optional<Revised<Event>> eventAtRevision(long eventId, long revision) {
        return ofEvent(eventId).stream().filter(revised -> revised.revision().getId() == revision).findFirst();
    }

    @SuppressWarnings("unchecked")
    private <T> List<Revised<T>> of(Class<T> type, long id) {
        List<Object[]> rows = reader().createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(row -> new Revised<>((T) row[0], (EditRevision) row[1])).toList();
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }

    /** An entity as it stood after a revision. */
    public record Revised<T>(T state, EditRevision revision) {
    }
}
