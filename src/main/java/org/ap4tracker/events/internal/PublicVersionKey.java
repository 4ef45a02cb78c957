package org.ap4tracker.events.internal;

import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The key under which reads are kept in memory: the public version ({@code public_version}, V37), which the
 * commit of any change to something public bumps, on whichever instance it was made. What is kept under one
 * version is read after the version, so it is at least as new as its key, and the next read after a commit finds
 * a new key on every instance.
 */
final class PublicVersionKey {

    private PublicVersionKey() {
    }

    /**
     * The current public version, or empty inside a transaction that may have written: its own uncommitted
     * changes are under no version, and what it reads must not be kept.
     */
    static OptionalLong current(JdbcClient jdbc) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(jdbc.sql("select version from public_version").query(Long.class).single());
    }
}
