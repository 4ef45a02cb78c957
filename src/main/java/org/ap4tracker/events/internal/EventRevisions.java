package org.ap4tracker.events.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and labels Envers revisions of events and storylines. */
@Component
public class EventRevisions {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    EventRevisions(EntityManager entityManager, JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** The slugs of the events related to this one as of a revision, read from the links' own history. */
    public List<String> relatedSlugsAt(long eventId, long revision) {
        return jdbc.sql("""
                with latest as (
                    select distinct on (event_a_id, event_b_id) event_a_id, event_b_id, revtype
                    from event_link_aud
                    where (event_a_id = :id or event_b_id = :id) and rev <= :revision
                    order by event_a_id, event_b_id, rev desc)
                select e.slug
                from latest l
                join event e on e.id = case when l.event_a_id = :id then l.event_b_id else l.event_a_id end
                where l.revtype <> 2
                order by e.slug""")
                .param("id", eventId)
                .param("revision", revision)
                .query(String.class)
                .list();
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
    public Optional<Revised<Event>> eventAtVersion(long eventId, long version) {
        return latestEventRevision(eventId, AuditEntity.property("version").eq(version));
    }

    public Optional<Revised<Event>> eventAtRevision(long eventId, long revision) {
        return latestEventRevision(eventId, AuditEntity.revisionNumber().eq(revision));
    }

    /** The newest revision of the event that meets {@code criterion}, read on its own. */
    @SuppressWarnings("unchecked")
    private Optional<Revised<Event>> latestEventRevision(long eventId, AuditCriterion criterion) {
        List<Object[]> rows = reader().createQuery()
                .forRevisionsOfEntity(Event.class, false, false)
                .add(AuditEntity.id().eq(eventId))
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return rows.stream().map(row -> new Revised<>((Event) row[0], (EditRevision) row[1])).findFirst();
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
