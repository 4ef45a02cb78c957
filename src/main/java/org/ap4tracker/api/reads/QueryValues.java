package org.ap4tracker.api.reads;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Reads typed values from query parameters, which the API binds as text so that one response can report
 * every wrong parameter at once (a failed conversion would stop the other checks). A blank value counts as
 * absent. Each reader returns empty for an absent value and throws {@link IllegalArgumentException} with a
 * message for one it cannot read.
 */
public final class QueryValues {

    private QueryValues() {
    }

    static Optional<LocalDate> date(@Nullable String value) {
        return present(value).map(text -> {
            try {
                return LocalDate.parse(text);
            }
            catch (DateTimeParseException ex) {
                throw new IllegalArgumentException("must be an ISO 8601 date such as 2023-07-11, not '%s'".formatted(text));
            }
        });
    }

    static Optional<Instant> instant(@Nullable String value) {
        return present(value).map(text -> {
            try {
                return OffsetDateTime.parse(text).toInstant();
            }
            catch (DateTimeParseException ex) {
                throw new IllegalArgumentException("""
                        must be an ISO 8601 date and time with an offset, such as 2023-07-11T09:30:00Z (write + as \
                        %%2B), not '%s'""".formatted(text));
            }
        });
    }

    public static Optional<Integer> integer(@Nullable String value, int min, int max) {
        return present(value).map(text -> {
            try {
                int number = Integer.parseInt(text);
                if (number >= min && number <= max) {
                    return number;
                }
            }
            catch (NumberFormatException ex) {
                // Reported below with the range.
            }
            throw new IllegalArgumentException("must be a whole number from %d to %d, not '%s'".formatted(min, max, text));
        });
    }

    static Optional<String> present(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
