package org.ap4tracker.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Tests share one database: each removes the throttle's counts it caused. */
final class ThrottleRows {

    private ThrottleRows() {
    }

    static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from login_throttle").update();
    }
}
