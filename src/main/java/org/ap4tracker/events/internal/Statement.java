package org.ap4tracker.events.internal;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.ap4tracker.events.Stance;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * Something a named person said about an event, with their stance: a quote, or a paraphrase of a report.
 * A value object: a class rather than a record only because Envers rebuilds historic copies through a
 * no-argument constructor.
 */
@Embeddable
public final class Statement {

    private String speaker;
    private @Nullable String speakerRole;

    @ManyToOne
    @JoinColumn(name = "actor_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private @Nullable Actor actor;

    private @Nullable LocalDate statedOn;
    private @Nullable String quote;
    private @Nullable String paraphrase;
    private String language;
    private @Nullable String originalText;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    private @Nullable String sourceUrl;

    protected Statement() {
    }

    public Statement(String speaker, @Nullable String speakerRole, @Nullable Actor actor, @Nullable LocalDate statedOn,
            @Nullable String quote, @Nullable String paraphrase, String language, @Nullable String originalText,
            Stance stance, @Nullable String sourceUrl) {
        this.speaker = speaker;
        this.speakerRole = speakerRole;
        this.actor = actor;
        this.statedOn = statedOn;
        this.quote = quote;
        this.paraphrase = paraphrase;
        this.language = language;
        this.originalText = originalText;
        this.stance = stance;
        this.sourceUrl = sourceUrl;
    }

    public String speaker() {
        return speaker;
    }

    public @Nullable String speakerRole() {
        return speakerRole;
    }

    public @Nullable Actor actor() {
        return actor;
    }

    public @Nullable LocalDate statedOn() {
        return statedOn;
    }

    public @Nullable String quote() {
        return quote;
    }

    public @Nullable String paraphrase() {
        return paraphrase;
    }

    public String language() {
        return language;
    }

    public @Nullable String originalText() {
        return originalText;
    }

    public Stance stance() {
        return stance;
    }

    public @Nullable String sourceUrl() {
        return sourceUrl;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Statement that && Objects.equals(speaker, that.speaker)
                && Objects.equals(speakerRole, that.speakerRole) && Objects.equals(actorCode(), that.actorCode())
                && Objects.equals(statedOn, that.statedOn) && Objects.equals(quote, that.quote)
                && Objects.equals(paraphrase, that.paraphrase) && Objects.equals(language, that.language)
                && Objects.equals(originalText, that.originalText) && stance == that.stance
                && Objects.equals(sourceUrl, that.sourceUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(speaker, quote, paraphrase, stance);
    }

    private @Nullable String actorCode() {
        return actor == null ? null : actor.getCode();
    }
}
