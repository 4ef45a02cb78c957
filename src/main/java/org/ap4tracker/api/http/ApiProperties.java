package org.ap4tracker.api.http;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API's limits.
 *
 * @param writesPerMinute how many writes each account may make through the API in a minute (60 unless set);
 *        one more is answered 429
 */
@ConfigurationProperties("ap4.api")
record ApiProperties(@Nullable Integer writesPerMinute) {

    ApiProperties {
        writesPerMinute = writesPerMinute != null ? writesPerMinute : 60;
    }
}
