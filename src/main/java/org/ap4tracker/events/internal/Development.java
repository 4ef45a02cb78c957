package org.ap4tracker.events.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ap4tracker.events.DevelopmentStatus;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A storyline, such as the Tokyo liaison office, whose milestones are events. */
@Entity
@Table(name = "development")
@Audited
public class Development {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String slug;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private DevelopmentStatus status;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    /** For JPA, which fills the fields itself. */
    protected Development() {
    }

    public Development(String slug, String title, String description, DevelopmentStatus status, Instant now) {
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void revise(String title, String description, DevelopmentStatus status, Instant now) {
        this.title = title;
        this.description = description;
        this.status = status;
        this.updatedAt = now;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public DevelopmentStatus getStatus() {
        return status;
    }
}
