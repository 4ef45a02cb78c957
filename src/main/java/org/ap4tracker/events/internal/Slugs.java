package org.ap4tracker.events.internal;

import java.text.Normalizer;
import java.util.Locale;

import org.ap4tracker.events.HonestDate;

/** Derives an event's public slug from its date and title: "2023-07-12-nato-japan-itpp-agreed". */
public final class Slugs {

    static final int MAX_LENGTH = 120;

    private Slugs() {
    }

    public static String derive(HonestDate date, String title) {
        String words = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        String slug = words.isEmpty() ? date.isoStart() : date.isoStart() + "-" + words;
        return trim(slug, MAX_LENGTH - 4);
    }

    /** A variant for when the slug is taken: "…-2", "…-3". */
    public static String numbered(String slug, int number) {
        return trim(slug, MAX_LENGTH - 4) + "-" + number;
    }

    private static String trim(String slug, int length) {
        if (slug.length() <= length) {
            return slug;
        }
        String cut = slug.substring(0, length);
        int lastHyphen = cut.lastIndexOf('-');
        return (lastHyphen > 10 ? cut.substring(0, lastHyphen) : cut).replaceAll("-+$", "");
    }
}
