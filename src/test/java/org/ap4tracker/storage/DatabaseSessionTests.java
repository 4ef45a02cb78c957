package org.ap4tracker.storage;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings every database session of the application starts with (application.properties).
 */
@TrackerIntegrationTest
class DatabaseSessionTests {

    @Autowired
    JdbcClient jdbc;

    /**
     * At a million events, compiling the capped facet counts of a common Japanese word took 360 of the 460 ms
     * that request spent in the database: the app's statements are bounded, so JIT never pays for itself.
     */
    @Test
    void statementsAreNotCompiledJustInTime() {
        assertThat(jdbc.sql("select current_setting('jit')").query(String.class).single()).isEqualTo("off");
    }
}
