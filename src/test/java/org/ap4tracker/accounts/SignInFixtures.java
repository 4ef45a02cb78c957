package org.ap4tracker.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the sign-in tests share: a client address for a MockMvc request, and removing throttle counts. */
final class SignInFixtures {

    private SignInFixtures() {
    }

    /** Tests share one database: each removes the throttle's counts it caused. */
    static void clearThrottle(JdbcClient jdbc) {
        jdbc.sql("delete from login_throttle").update();
    }

    /** The request as if it came from this client address (as the container would report it). */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
