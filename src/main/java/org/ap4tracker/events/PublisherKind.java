package org.ap4tracker.events;

/** What kind of body publishes a source. */
public enum PublisherKind {
    GOVERNMENT, INTERNATIONAL_ORGANISATION, NEWS_ORGANISATION, RESEARCH, OTHER
}
