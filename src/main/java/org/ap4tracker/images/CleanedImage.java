package org.ap4tracker.images;

import java.util.List;

/** An upload decoded and encoded again from its pixels alone, with its narrower variants. */
record CleanedImage(String sha256, String contentType, int width, int height, byte[] bytes, List<Variant> variants) {

    /** A narrower copy of the same picture. */
    record Variant(int width, int height, String contentType, byte[] bytes) {
    }
}
