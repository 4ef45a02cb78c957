package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/**
 * A publisher as the public sources page lists it: where it is based (ISO 3166 alpha-2), what kind of body it
 * is, how many published events cite it, and how many of its cited addresses the link checker last found dead.
 */
public record PublisherSummary(String name, @Nullable String country, PublisherKind kind, int events,
        int deadLinks) {
}
