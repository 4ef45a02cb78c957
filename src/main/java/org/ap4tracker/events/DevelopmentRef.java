package org.ap4tracker.events;

/**
 * The storyline an event belongs to, as shown beside the event. {@code language} is the language its title is
 * in: the reader's where translated, else {@code en}, the original's.
 */
public record DevelopmentRef(String slug, String title, DevelopmentStatus status, String language) {

    /** A storyline shown in its original English. */
    public DevelopmentRef(String slug, String title, DevelopmentStatus status) {
        this(slug, title, status, "en");
    }
}
