package org.ap4tracker.responsecache;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The anonymous response cache: on unless {@code enabled=false}; {@code maxSize} bounds the bytes it keeps
 * (bodies plus headers), 32 MB unless set: a few hundred timeline pages and many more event pages and API reads.
 *
 * @param enabled whether rendered pages and API reads are kept for anonymous readers (true unless set)
 * @param maxSize the most bytes the cache keeps, bodies plus headers (32MB unless set)
 */
@ConfigurationProperties("ap4.response-cache")
record ResponseCacheProperties(@Nullable Boolean enabled, @Nullable DataSize maxSize) {

    boolean on() {
        return enabled == null || enabled;
    }

    long maxBytes() {
        return maxSize == null ? DataSize.ofMegabytes(32).toBytes() : maxSize.toBytes();
    }
}
