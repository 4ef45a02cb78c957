package org.ap4tracker.images;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/** The picture formats the desk takes, told apart by their signatures (the first bytes of the file). */
enum UploadType {

    JPEG("jpeg"), PNG("png"), WEBP("webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String formatName;

    UploadType(String formatName) {
        this.formatName = formatName;
    }

    /** The ImageIO format name of its reader (WebP's comes from TwelveMonkeys). */
    String formatName() {
        return formatName;
    }

    static @Nullable UploadType sniff(byte[] file) {
        if (file.length >= 3 && (file[0] & 0xff) == 0xff && (file[1] & 0xff) == 0xd8 && (file[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (file.length >= 8 && Arrays.equals(file, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return PNG;
        }
        if (file.length >= 12 && "RIFF".equals(ascii(file, 0)) && "WEBP".equals(ascii(file, 8))) {
            return WEBP;
        }
        return null;
    }

    private static String ascii(byte[] file, int from) {
        return new String(file, from, 4, StandardCharsets.US_ASCII);
    }
}
