package org.ap4tracker.events.internal;

import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The key under which reads are kept in memory: the public version ({@code public_version}, V37), which the
 * commit of any change to something public bumps, on whichever instance it was made. What is kept under one
 * version is read after the version, so it is at least as new as its key, and the next read after a commit finds
 * a new key on every instance.
 *
 * <p>Within one read scope (a handler's {@code @ReadsOnOneConnection}, a read-only transaction) the version is read
 * once and bound to the scope: a page's filter choices, facet counts and kept matches share one statement. That
 * keeps the rule, since everything the scope reads afterwards is still at least as new as the version.
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
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return OptionalLong.of(read(jdbc));
        }
        Long version = (Long) TransactionSynchronizationManager.getResource(PublicVersionKey.class);
        if (version == null) {
            version = read(jdbc);
            TransactionSynchronizationManager.bindResource(PublicVersionKey.class, version);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PublicVersionKey.class);
                }
            });
        }
        return OptionalLong.of(version);
    }

    private static long read(JdbcClient jdbc) {
        return jdbc.sql("select version from public_version").query(Long.class).single();
    }
}
