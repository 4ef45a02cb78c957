package org.ap4tracker.events.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * An event's title, summary and body in Japanese or Korean. Audited like the event itself, so that the desk
 * shows who translated what and when. {@code sourceDigest} is the digest of the original it was made from
 * (V40's translation_source_digest), which tells a translation older than the original.
 */
@Entity
@Table(name = "event_translation")
@Audited
public class EventTranslation {

    @EmbeddedId
    private Key key;

    private String title;

    private String summary;

    private @Nullable String body;

    private String sourceDigest;

    private String translatedBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    /** For JPA, which fills the fields itself. */
    protected EventTranslation() {
    }

    public EventTranslation(long eventId, String lang, Instant now) {
        this.key = new Key(eventId, lang);
        this.createdAt = now;
    }

    public void revise(String title, String summary, @Nullable String body, String sourceDigest, String translatedBy,
            Instant now) {
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.sourceDigest = sourceDigest;
        this.translatedBy = translatedBy;
        this.updatedAt = now;
    }

    // Deliberate parallel of Event's getters for the same columns: a translation is its own audited row.
    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public @Nullable String getBody() {
        return body;
    }

    public String getTranslatedBy() {
        return translatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The event and the language: one translation per language. A class, not a record: Envers builds it empty. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "event_id")
        private long eventId;

        @Column(name = "lang")
        private String lang;

        protected Key() {
        }

        public Key(long eventId, String lang) {
            this.eventId = eventId;
            this.lang = lang;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.eventId == eventId && key.lang.equals(lang);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, lang);
        }
    }
}
