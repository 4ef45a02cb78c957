package org.ap4tracker.events;

public record TopicRef(String slug, String label) {
}
