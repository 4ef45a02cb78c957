package org.ap4tracker.events;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Where the next page of a timeline starts: the sort position of the last event shown, and for a list in
 * order of relevance its search rank too. Clients treat the token as opaque; its form may change between
 * versions.
 */
public record TimelineCursor(LocalDate sortDate, long id, @Nullable Float rank) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public TimelineCursor(LocalDate sortDate, long id) {
        this(sortDate, id, null);
    }

    public String token() {
        // Float.toString gives the shortest text that reads back as the same float: the rank stays exact.
        String position = sortDate + "_" + id + (rank == null ? "" : "_" + rank);
        return ENCODER.encodeToString(position.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a list in this order can continue from here: one ordered by relevance needs a rank. */
    public boolean suits(SortOrder order) {
        return order != SortOrder.RELEVANCE || rank != null;
    }

    /** Reads a token made by {@link #token()}; anything else is an {@link InvalidCursorException}. */
    public static TimelineCursor parse(String token) {
        try {
            String[] parts = new String(DECODER.decode(token), StandardCharsets.US_ASCII).split("_", -1);
            if (parts.length != 2 && parts.length != 3) {
                throw new InvalidCursorException(token);
            }
            Float rank = parts.length == 3 ? Float.valueOf(parts[2]) : null;
            if (rank != null && !Float.isFinite(rank)) {
                throw new InvalidCursorException(token);
            }
            return new TimelineCursor(LocalDate.parse(parts[0]), Long.parseLong(parts[1]), rank);
        }
        catch (IllegalArgumentException | DateTimeParseException ex) {
            throw new InvalidCursorException(token);
        }
    }
}
