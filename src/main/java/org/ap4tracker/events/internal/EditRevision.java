package org.ap4tracker.events.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One saved change to events or storylines: who made it, when, from where, what kind of change it was and
 * the editor's note. Envers writes one per transaction and links every audited row it touched to it.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(EditRevisionListener.class)
public class EditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "made_at")
    private Instant madeAt;

    private String username = "system";

    private @Nullable String clientAddress;

    private @Nullable String action;

    private @Nullable String changeNote;

    protected EditRevision() {
    }

    void madeBy(String username, @Nullable String clientAddress) {
        this.username = username;
        this.clientAddress = clientAddress;
    }

    public void describe(String action, @Nullable String changeNote) {
        this.action = action;
        this.changeNote = changeNote;
    }

    public long getId() {
        return id;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public String getUsername() {
        return username;
    }

    public @Nullable String getClientAddress() {
        return clientAddress;
    }

    public @Nullable String getAction() {
        return action;
    }

    public @Nullable String getChangeNote() {
        return changeNote;
    }
}
