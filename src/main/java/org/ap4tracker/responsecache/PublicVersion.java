package org.ap4tracker.responsecache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public version: a number in the database that grows with every committed transaction changing anything
 * public (V37's deferred triggers bump it at commit). Equal numbers mean nothing public changed in between,
 * on whichever instance the change was made. Reading it is one primary-key lookup of a one-row table.
 */
@Component
class PublicVersion {

    private final JdbcClient jdbc;

    PublicVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        return jdbc.sql("select version from public_version").query(Long.class).single();
    }
}
