package org.ap4tracker.events;

public record RelatedEvent(String slug, String title, HonestDate date) {
}
