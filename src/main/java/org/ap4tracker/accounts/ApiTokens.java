package org.ap4tracker.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.ap4tracker.audit.AuditLog;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: editors create them for scripts, see them once, and revoke them. A token acts with
 * its owner's role as it is now, but never with more than the role the owner had when creating it (a token
 * made by an editor stays an editor's token after a promotion), and only while the account is enabled.
 */
@Service
@Transactional
public class ApiTokens {

    /** Marks the string as this tracker's token, so it is recognisable in logs and secret scanners. */
    static final String PREFIX = "ap4_";

    /** Last-used times are kept to the minute; writing one per request would cost a write per API call. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public IssuedApiToken create(String ownerUsername, String name) {
        String cleanName = name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 80) {
            throw new AccountException("name", "token.name.invalid");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("""
                insert into api_token (owner_id, name, token_hash, token_prefix, created_at, created_role)
                select id, :name, :hash, :prefix, :now, role from app_user where username = :owner
                returning id""")
                .param("name", cleanName)
                .param("hash", hash(secret))
                .param("prefix", secret.substring(0, PREFIX.length() + 6))
                .param("now", Timestamp.from(clock.instant()))
                .param("owner", Accounts.normalise(ownerUsername))
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new AccountNotFoundException(ownerUsername));
        auditLog.record("TOKEN_CREATED", "api-token", String.valueOf(id), cleanName);
        return new IssuedApiToken(id, cleanName, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenSummary> of(String ownerUsername) {
        return jdbc.sql("""
                select t.id, t.name, t.token_prefix, t.created_at, t.last_used_at, t.revoked_at
                from api_token t join app_user u on u.id = t.owner_id
                where u.username = :owner
                order by t.created_at desc, t.id desc""")
                .param("owner", ownerUsername)
                .query((rs, n) -> new ApiTokenSummary(rs.getLong("id"), rs.getString("name"),
                        rs.getString("token_prefix"), rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of the owner's tokens; revoking twice, or someone else's token, changes nothing. */
    public boolean revoke(String ownerUsername, long id) {
        int revoked = jdbc.sql("""
                update api_token t set revoked_at = :now
                from app_user u
                where u.id = t.owner_id and u.username = :owner and t.id = :id and t.revoked_at is null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("owner", ownerUsername)
                .param("id", id)
                .update();
        if (revoked > 0) {
            auditLog.record("TOKEN_REVOKED", "api-token", String.valueOf(id), null);
        }
        return revoked > 0;
    }

    /** The account a token acts for: only for a live token of an enabled account. */
    public Optional<TokenHolder> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<TokenHolder> holder = jdbc.sql("""
                select t.id, u.username, u.role, t.created_role
                from api_token t join app_user u on u.id = t.owner_id
                where t.token_hash = :hash and t.revoked_at is null and u.enabled""")
                .param("hash", hash(secret))
                .query((rs, n) -> new TokenHolder(rs.getLong("id"), rs.getString("username"),
                        lesser(Role.valueOf(rs.getString("role")), Role.valueOf(rs.getString("created_role")))))
                .optional();
        holder.ifPresent(found -> jdbc.sql("""
                update api_token set last_used_at = :now
                where id = :id and (last_used_at is null or last_used_at < :stale)""")
                .param("now", Timestamp.from(clock.instant()))
                .param("stale", Timestamp.from(clock.instant().minus(LAST_USED_PRECISION)))
                .param("id", found.tokenId())
                .update());
        return holder;
    }

    /** Administrator only if both are; otherwise editor. */
    private static Role lesser(Role current, Role created) {
        return current == Role.ADMIN && created == Role.ADMIN ? Role.ADMIN : Role.EDITOR;
    }

    private static java.time.@Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    /** Whom a valid token speaks for. */
    public record TokenHolder(long tokenId, String username, Role role) {
    }
}
