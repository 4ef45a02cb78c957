package org.ap4tracker.events.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The kept facet counts (V24, V35): how often {@link FacetCountCompaction} sums their rows back into one a key.
 *
 * @param compactionInterval how long between two compactions, and before the first (10 minutes unless set)
 */
@ConfigurationProperties("ap4.facet-counts")
record FacetCountProperties(@Nullable Duration compactionInterval) {

    private static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);

    Duration interval() {
        return compactionInterval == null ? DEFAULT_INTERVAL : compactionInterval;
    }
}
