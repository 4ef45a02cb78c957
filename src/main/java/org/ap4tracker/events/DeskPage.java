package org.ap4tracker.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One page of the editors' event list, most recently changed first, and where the next page starts. */
public record DeskPage(List<DeskEvent> events, @Nullable Position next) {

    /**
     * The last row of a page: the next page starts after it. As a URL parameter it is an opaque token, the
     * same on the desk's pages and in the API.
     */
    public record Position(Instant updatedAt, long id) {

        private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
        private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

        public String token() {
            return ENCODER.encodeToString((updatedAt + "_" + id).getBytes(StandardCharsets.US_ASCII));
        }

        /** Reads a token made by {@link #token()}; anything else is an {@link InvalidCursorException}. */
        public static Position parse(String token) {
            try {
                String plain = new String(DECODER.decode(token), StandardCharsets.US_ASCII);
                int separator = plain.lastIndexOf('_');
                if (separator < 0) {
                    throw new InvalidCursorException(token);
                }
                return new Position(Instant.parse(plain.substring(0, separator)),
                        Long.parseLong(plain.substring(separator + 1)));
            }
            catch (IllegalArgumentException | DateTimeParseException malformed) {
                throw new InvalidCursorException(token);
            }
        }
    }
}
