package org.ap4tracker.admin.reference;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times of changes as editors read them: in UTC, so that editors in Tokyo and Brussels see the same. */
final class AdminTimes {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private AdminTimes() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
