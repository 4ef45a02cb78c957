package org.ap4tracker.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in attempts per account and per client address in PostgreSQL and refuses a key once it has
 * used up its attempts within the window. An attempt is counted <em>before</em> its password is checked,
 * by one atomic upsert per key: however many guesses arrive at once, on however many app instances, the row
 * lock serialises them, and only the first {@code limit} of them get a password check. A successful sign-in
 * gives its attempts back, so people who type their password right are never locked out by their own
 * sign-ins.
 */
@Component
class LoginThrottle {

    /**
     * One attempt more for the key. A lock that has run out, or a window that has closed, starts a new
     * window; a live lock stays as it is. Returns the attempts in the window and any live lock.
     */
    private static final String COUNT_ATTEMPT = """
            insert into login_throttle as t (throttle_key, attempts, window_started_at)
            values (:key, 1, :now)
            on conflict (throttle_key) do update set
                attempts = case when t.locked_until > :now then t.attempts + 1
                                when t.locked_until is not null or t.window_started_at <= :windowStart then 1
                                else t.attempts + 1 end,
                window_started_at = case when t.locked_until > :now then t.window_started_at
                                         when t.locked_until is not null or t.window_started_at <= :windowStart then :now
                                         else t.window_started_at end,
                locked_until = case when t.locked_until > :now then t.locked_until end
            returning attempts, locked_until""";

    private final JdbcClient jdbc;
    private final LoginThrottleProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts one attempt against the address, then the account, committed at once in a transaction of its
     * own, so that the count holds whatever the password check then decides. Returns when the lock ends if
     * either key has no attempt left; the password must then not be checked.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<Instant> attempt(String username, @Nullable String address) {
        if (address != null) {
            Optional<Instant> addressLock = count(addressKey(address), properties.addressFailures());
            if (addressLock.isPresent()) {
                return addressLock;
            }
        }
        return count(accountKey(username), properties.accountFailures());
    }

    /** The password was right: the account's attempts start again, and the address gets this one back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username, @Nullable String address) {
        jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", accountKey(username)).update();
        if (address != null) {
            jdbc.sql("""
                    update login_throttle set attempts = greatest(attempts - 1, 0)
                    where throttle_key = :key and locked_until is null""")
                    .param("key", addressKey(address))
                    .update();
        }
    }

    private Optional<Instant> count(String key, int limit) {
        Instant now = clock.instant();
        Counted counted = jdbc.sql(COUNT_ATTEMPT)
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(properties.window())))
                .query((rs, n) -> new Counted(rs.getInt("attempts"), rs.getTimestamp("locked_until")))
                .single();
        if (counted.lockedUntil() != null) {
            return Optional.of(counted.lockedUntil().toInstant());
        }
        if (counted.attempts() <= limit) {
            return Optional.empty();
        }
        Instant until = now.plus(properties.lockout());
        jdbc.sql("update login_throttle set locked_until = :until where throttle_key = :key")
                .param("until", Timestamp.from(until))
                .param("key", key)
                .update();
        return Optional.of(until);
    }

    private record Counted(int attempts, @Nullable Timestamp lockedUntil) {
    }

    private static String accountKey(String username) {
        String name = Accounts.normalise(username);
        return "account:" + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
