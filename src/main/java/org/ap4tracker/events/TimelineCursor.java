package org.ap4tracker.events;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where the next page of a timeline starts: the sort position of the last event shown. Clients treat the
 * token as opaque; its form may change between versions.
 */
public record TimelineCursor(LocalDate sortDate, long id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public String token() {
        return ENCODER.encodeToString((sortDate + "_" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a token made by {@link #token()}; anything else is an {@link InvalidCursorException}. */
    public static TimelineCursor parse(String token) {
        try {
            String[] parts = new String(DECODER.decode(token), StandardCharsets.US_ASCII).split("_", -1);
            if (parts.length != 2) {
                throw new InvalidCursorException(token);
            }
            return new TimelineCursor(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
        }
        catch (IllegalArgumentException | DateTimeParseException ex) {
            throw new InvalidCursorException(token);
        }
    }
}
