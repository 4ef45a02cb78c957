package org.ap4tracker.api.writes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ap4tracker.api.http.ApiProblemException;
import org.ap4tracker.api.http.ProblemType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The storage of Idempotency-Key for POST requests ({@link IdempotentCreates} applies them), kept in PostgreSQL so every instance sees the same keys. The first
 * request with a key claims it before doing anything; its successful response is then stored, and a retry
 * with the same key and body gets that response again instead of creating a second event. A key is one
 * account's own and is forgotten after 24 hours. A request that fails releases its key, so the client can
 * fix the request and send it again under the same key.
 */
@Component
public class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    /** Visible ASCII, as keys are usually UUIDs or similar tokens. */
    private static final Pattern VALID_KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

    private static final TypeReference<LinkedHashMap<String, String>> HEADER_MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IdempotencyKeys(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    static boolean validFormat(String key) {
        return VALID_KEY.matcher(key).matches();
    }

    /**
     * Claims the key for this request, or returns the response stored for it. Throws when the key is in use by
     * a request still running (409), or was used for a different request (422).
     */
    @Transactional
    Optional<Stored> claim(String username, String key, String requestHash) {
        // Forget expired keys, and claims whose request died with its instance long ago.
        jdbc.sql("""
                delete from api_idempotency_key
                where created_at < now() - interval '24 hours'
                   or (response_status is null and created_at < now() - interval '10 minutes')""").update();
        int claimed = jdbc.sql("""
                insert into api_idempotency_key (username, idempotency_key, request_hash)
                values (:username, :key, :hash)
                on conflict do nothing""")
                .param("username", username).param("key", key).param("hash", requestHash)
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        Stored stored = jdbc.sql("""
                select request_hash, response_status, response_headers, response_body
                from api_idempotency_key where username = :username and idempotency_key = :key""")
                .param("username", username).param("key", key)
                .query((rs, n) -> new Stored(rs.getString("request_hash"), (Integer) rs.getObject("response_status"),
                        rs.getString("response_headers"), rs.getBytes("response_body")))
                .single();
        if (!stored.requestHash().equals(requestHash)) {
            throw ApiProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED, """
                    The Idempotency-Key '%s' was already used in the last 24 hours for a request with another \
                    body. Use a new key for a new request.""".formatted(key));
        }
        if (stored.status() == null) {
            throw ApiProblemException.of(ProblemType.IDEMPOTENCY_KEY_IN_USE, """
                    A request with the Idempotency-Key '%s' is still being processed. Wait for its response, \
                    or retry this one shortly.""".formatted(key));
        }
        return Optional.of(stored);
    }

    @Transactional
    void complete(String username, String key, int status, Map<String, String> headers, byte[] body) {
        jdbc.sql("""
                update api_idempotency_key
                set response_status = :status, response_headers = :headers, response_body = :body
                where username = :username and idempotency_key = :key""")
                .param("status", status)
                .param("headers", json.writeValueAsString(headers))
                .param("body", body)
                .param("username", username).param("key", key)
                .update();
    }

    /** Lets the key be used again after the request it was claimed for failed. */
    @Transactional
    void release(String username, String key) {
        jdbc.sql("""
                delete from api_idempotency_key
                where username = :username and idempotency_key = :key and response_status is null""")
                .param("username", username).param("key", key)
                .update();
    }

    /** What identifies a request: its method, path, query and body. */
    static String hash(String method, String path, @Nullable String query, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "?" + (query == null ? "" : query) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }

    /** What a key's first request sent, and (once it is complete) the response it got. */
    record Stored(String requestHash, @Nullable Integer status, @Nullable String headers, byte @Nullable [] body) {
    }

    /** The stored response's headers. */
    Map<String, String> headers(Stored stored) {
        return json.readValue(java.util.Objects.requireNonNull(stored.headers()), HEADER_MAP);
    }
}
