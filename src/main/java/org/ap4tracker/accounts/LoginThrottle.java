package org.ap4tracker.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL, so every app instance sees the
 * same counts, and locks a key out for a while once it fails too often within the window.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final LoginThrottleProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** When the later of the account's and the address's locks ends, if either is locked now. */
    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String username, @Nullable String address) {
        return jdbc.sql("""
                select max(locked_until) from login_lock
                where throttle_key in (:keys) and locked_until > :now""")
                .param("keys", keys(username, address))
                .param("now", Timestamp.from(clock.instant()))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Records a failure in its own transaction: it must count even though the sign-in itself failed. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username, @Nullable String address) {
        lockIfOverLimit(accountKey(username), properties.accountFailures());
        if (address != null) {
            lockIfOverLimit(addressKey(address), properties.addressFailures());
        }
    }

    /** A successful sign-in clears the account's failures; the address keeps its count. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username) {
        jdbc.sql("delete from login_failure where throttle_key = :key").param("key", accountKey(username)).update();
    }

    private void lockIfOverLimit(String key, int limit) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_failure where throttle_key = :key and failed_at <= :windowStart")
                .param("key", key)
                .param("windowStart", Timestamp.from(now.minus(properties.window())))
                .update();
        jdbc.sql("insert into login_failure (throttle_key, failed_at) values (:key, :now)")
                .param("key", key)
                .param("now", Timestamp.from(now))
                .update();
        int failures = jdbc.sql("select count(*) from login_failure where throttle_key = :key")
                .param("key", key)
                .query(Integer.class)
                .single();
        if (failures >= limit) {
            jdbc.sql("""
                    insert into login_lock (throttle_key, locked_until) values (:key, :until)
                    on conflict (throttle_key) do update set locked_until = excluded.locked_until""")
                    .param("key", key)
                    .param("until", Timestamp.from(now.plus(properties.lockout())))
                    .update();
            jdbc.sql("delete from login_failure where throttle_key = :key").param("key", key).update();
        }
    }

    private static List<String> keys(String username, @Nullable String address) {
        return address == null ? List.of(accountKey(username)) : List.of(accountKey(username), addressKey(address));
    }

    private static String accountKey(String username) {
        String name = Accounts.normalise(username);
        return "account:" + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
