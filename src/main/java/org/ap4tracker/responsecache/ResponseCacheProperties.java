package org.ap4tracker.responsecache;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The anonymous response cache: on unless {@code enabled=false}; {@code maxSize} bounds the bytes it keeps
 * (bodies plus headers), 32 MB unless set: a few hundred timeline pages and many more event pages and API reads.
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
