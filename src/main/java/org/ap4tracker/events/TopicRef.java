package org.ap4tracker.events;

/** A topic as pages show it; {@code language} is that of its label: the reader's where translated, else {@code en}. */
public record TopicRef(String slug, String label, String language) {
}
