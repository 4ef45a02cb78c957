package org.ap4tracker.admin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.ap4tracker.events.DeskPage;

/** The event list's "next page" position as an opaque URL parameter. */
final class DeskCursor {

    private DeskCursor() {
    }

    static String encode(DeskPage.Position position) {
        String plain = position.updatedAt() + "_" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static DeskPage.Position decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = plain.lastIndexOf('_');
            return new DeskPage.Position(Instant.parse(plain.substring(0, separator)),
                    Long.parseLong(plain.substring(separator + 1)));
        }
        catch (RuntimeException malformed) {
            throw new BadAdminRequestException();
        }
    }
}
