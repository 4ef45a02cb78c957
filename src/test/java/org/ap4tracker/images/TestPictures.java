package org.ap4tracker.images;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Pictures made in the tests: real JPEG and PNG files, one with a camera's EXIF and a GPS position. */
final class TestPictures {

    /** Where the test photograph claims to have been taken: the Eiffel Tower. */
    static final double LATITUDE = 48.8584;
    static final double LONGITUDE = 2.2945;

    private TestPictures() {
    }

    static BufferedImage drawing(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(20, 80, 160), width, height, new Color(240, 180, 40)));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return encode(drawing(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] png(int width, int height) {
        return encode(drawing(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A JPEG as a phone writes it: EXIF with the camera's make and the GPS position where it was taken. */
    static byte[] jpegWithGps(int width, int height) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "TestCam");
            exif.setGpsInDegrees(LONGITUDE, LATITUDE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg(width, height), out, exif);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The GPS position a JPEG's EXIF gives, or null when it has none (read by Commons Imaging). */
    static TiffImageMetadata.GpsInfo gps(byte[] jpeg) {
        TiffImageMetadata exif = exif(jpeg);
        try {
            return exif == null ? null : exif.getGpsInfo();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static TiffImageMetadata exif(byte[] jpeg) {
        try {
            ImageMetadata metadata = Imaging.getMetadata(jpeg);
            return metadata instanceof JpegImageMetadata jpegMetadata ? jpegMetadata.getExif() : null;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * A small real PNG whose header claims another size, as a decompression bomb does: its few bytes would
     * unpack to width × height pixels.
     */
    static byte[] pngClaiming(int width, int height) {
        byte[] png = png(8, 8);
        // The IHDR chunk follows the 8-byte signature: length (4), type (4), width (4), height (4), ..., CRC.
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(16, width);
        buffer.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        buffer.putInt(12 + 4 + 13, (int) crc.getValue());
        return png;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
