package org.ap4tracker.events.internal;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.ap4tracker.events.Stance;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/** Something a named person said about an event, with their stance: a quote, or a paraphrase of a report. */
@Embeddable
public record Statement(
        String speaker,
        @Nullable String speakerRole,
        @ManyToOne @JoinColumn(name = "actor_id") @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
        @Nullable Actor actor,
        @Nullable LocalDate statedOn,
        @Nullable String quote,
        @Nullable String paraphrase,
        String language,
        @Nullable String originalText,
        @Enumerated(EnumType.STRING) Stance stance,
        @Nullable String sourceUrl) {
}
