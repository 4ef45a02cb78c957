package org.ap4tracker.images;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * Cameras and phones store many photographs sideways and say in EXIF which way is up. Since cleaning drops
 * EXIF, the one thing worth keeping from it, the orientation, is applied to the pixels instead (read with
 * TwelveMonkeys' metadata reader, which comes with its JPEG plugin).
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** The EXIF orientation of a JPEG, 1 (as stored) when it says none or cannot be read. */
    static int of(byte[] jpeg) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            for (JPEGSegment segment : JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif")) {
                byte[] data = segment.data().readAllBytes();
                int tiffStart = tiffHeader(data);
                if (tiffStart < 0) {
                    continue;
                }
                Directory exif = new TIFFReader().read(new MemoryCacheImageInputStream(
                        new ByteArrayInputStream(data, tiffStart, data.length - tiffStart)));
                Entry orientation = exif.getEntryById(TIFF.TAG_ORIENTATION);
                if (orientation != null && orientation.getValue() instanceof Number number) {
                    return number.intValue();
                }
            }
        }
        catch (IOException | RuntimeException ex) {
            // Damaged EXIF is no reason to refuse a picture that decodes: it is shown as stored.
        }
        return 1;
    }

    /** Where the TIFF structure starts: after the "Exif\0\0" identifier when the segment data includes it. */
    private static int tiffHeader(byte[] data) {
        for (int i = 0; i + 1 < Math.min(data.length, 16); i++) {
            String mark = new String(data, i, 2, StandardCharsets.US_ASCII);
            if (mark.equals("II") || mark.equals("MM")) {
                return i;
            }
        }
        return -1;
    }

    /** The pixels turned and mirrored the way orientation 2 to 8 says; any other value leaves them as they are. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = new AffineTransform();
        switch (orientation) {
            case 2 -> { turn.translate(w, 0); turn.scale(-1, 1); }
            case 3 -> { turn.translate(w, h); turn.rotate(Math.PI); }
            case 4 -> { turn.translate(0, h); turn.scale(1, -1); }
            case 5 -> { turn.rotate(-Math.PI / 2); turn.scale(-1, 1); }
            case 6 -> { turn.translate(h, 0); turn.rotate(Math.PI / 2); }
            case 7 -> { turn.translate(h, w); turn.rotate(Math.PI / 2); turn.scale(-1, 1); }
            default -> { turn.translate(0, w); turn.rotate(3 * Math.PI / 2); }
        }
        boolean sideways = orientation >= 5;
        BufferedImage turned = new BufferedImage(sideways ? h : w, sideways ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = turned.createGraphics();
        try {
            graphics.drawImage(image, turn, null);
        }
        finally {
            graphics.dispose();
        }
        return turned;
    }
}
