package org.ap4tracker.events;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the public change log: the transaction that wrote an entry and the entry's id. Clients treat
 * the token as opaque; its form may change between versions.
 */
public record ChangeCursor(long txid, long id) {

    private static final String PREFIX = "change:";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public ChangeCursor {
        if (txid < 0 || id < 0) {
            throw new IllegalArgumentException("A change log position is never negative: " + txid + ", " + id);
        }
    }

    public String token() {
        return ENCODER.encodeToString((PREFIX + txid + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a token made by {@link #token()}; anything else is an {@link InvalidCursorException}. */
    public static ChangeCursor parse(String token) {
        try {
            String text = new String(DECODER.decode(token), StandardCharsets.US_ASCII);
            if (!text.startsWith(PREFIX)) {
                throw new InvalidCursorException(token);
            }
            String[] parts = text.substring(PREFIX.length()).split(":", -1);
            if (parts.length != 2) {
                throw new InvalidCursorException(token);
            }
            return new ChangeCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidCursorException(token);
        }
    }
}
