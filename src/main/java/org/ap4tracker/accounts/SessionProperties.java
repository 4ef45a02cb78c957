package org.ap4tracker.accounts;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a signed-in session may last at most, however active it is ({@code absoluteLifetime}, on top of
 * the idle timeout {@code server.servlet.session.timeout}), and whether requests that arrive over plain HTTP
 * may have a session at all ({@code plainHttp}: for development on a laptop; turn it off behind TLS, where
 * only the {@code __Host-} cookie is then ever written or read).
 *
 * @param absoluteLifetime the longest a signed-in session lasts, however active (12 hours unless set)
 * @param plainHttp whether requests over plain HTTP may have a session (true unless set; turn off behind TLS)
 */
@ConfigurationProperties("ap4.sessions")
record SessionProperties(@Nullable Duration absoluteLifetime, @Nullable Boolean plainHttp) {

    SessionProperties {
        absoluteLifetime = absoluteLifetime != null ? absoluteLifetime : Duration.ofHours(12);
        plainHttp = plainHttp == null || plainHttp;
    }
}
