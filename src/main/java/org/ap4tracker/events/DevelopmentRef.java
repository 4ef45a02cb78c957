package org.ap4tracker.events;

/** The storyline an event belongs to, as shown beside the event. */
public record DevelopmentRef(String slug, String title, DevelopmentStatus status) {
}
