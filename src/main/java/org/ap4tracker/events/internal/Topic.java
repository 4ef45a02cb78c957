package org.ap4tracker.events.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A subject events can be filed under, such as cyber defence or disinformation. */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String slug;

    private String label;

    /** For JPA, which fills the fields itself. */
    protected Topic() {
    }

    public Topic(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public void relabel(String label) {
        this.label = label;
    }

    // Deliberate parallel of Actor's accessors: each reference table has its own small entity rather than a
    // shared base class.
    public @Nullable Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getLabel() {
        return label;
    }
}
