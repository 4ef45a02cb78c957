package org.ap4tracker.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Entity tags for public responses: a quoted digest of what identifies the representation, short enough for
 * a header (27 base64url characters, 162 bits of SHA-256) and the same on every instance.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }

    public static String of(String representation) {
        return of(representation.getBytes(StandardCharsets.UTF_8));
    }
}
