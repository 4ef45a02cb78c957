package org.ap4tracker.images;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;

import org.springframework.stereotype.Component;

/**
 * Turns an upload into a picture the tracker can show to anyone.
 * <p>
 * The type comes from the file's first bytes, never from its name or the browser's word. Its dimensions are
 * read from the header before any pixel is decoded, so a small file that would unpack into gigabytes (a
 * decompression bomb) is refused cheaply. The pixels are then encoded anew into a fresh file: EXIF (with any
 * GPS position), XMP, IPTC, ICC profiles and comments of the upload are not copied, by construction rather
 * than by a list of blocks to remove; only the EXIF orientation is read first and applied to the pixels
 * ({@link ExifOrientation}). Photographs become JPEG, anything with transparency or sent as PNG
 * becomes PNG (ImageIO cannot write WebP, so WebP uploads become one of the two).
 */
@Component
class ImageCleaner {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 12_000;
    /** At most this many pixels are decoded: 64 MB as 32-bit pixels, whatever the upload's size. */
    static final long DECODED_PIXELS = 16_000_000L;
    /** The kept original is at most this wide or high: more is only weight in the database. */
    static final int KEPT_SIDE = 3200;
    /** Narrower copies for phones, feeds and share cards; only those narrower than the picture are made. */
    static final List<Integer> VARIANT_WIDTHS = List.of(480, 960, 1600);

    private static final float JPEG_QUALITY = 0.85f;

    CleanedImage clean(byte[] upload) {
        if (upload.length == 0) {
            throw new PictureRefusedException("picture.file.required");
        }
        if (upload.length > MAX_BYTES) {
            throw new PictureRefusedException("picture.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        UploadType type = UploadType.sniff(upload);
        if (type == null) {
            throw new PictureRefusedException("picture.file.type");
        }
        BufferedImage decoded = decode(upload, type);
        if (type == UploadType.JPEG) {
            decoded = ExifOrientation.upright(decoded, ExifOrientation.of(upload));
        }
        BufferedImage kept = fitWithin(decoded, KEPT_SIDE);
        boolean png = type == UploadType.PNG || decoded.getColorModel().hasAlpha();
        byte[] bytes = encode(kept, png);
        List<CleanedImage.Variant> variants = new ArrayList<>();
        for (int width : VARIANT_WIDTHS) {
            if (width < kept.getWidth()) {
                BufferedImage smaller = resize(kept, width);
                variants.add(new CleanedImage.Variant(smaller.getWidth(), smaller.getHeight(), contentType(png),
                        encode(smaller, png)));
            }
        }
        return new CleanedImage(sha256(bytes), contentType(png), kept.getWidth(), kept.getHeight(), bytes,
                List.copyOf(variants));
    }

    private static BufferedImage decode(byte[] upload, UploadType type) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.formatName());
            if (!readers.hasNext()) {
                throw new IllegalStateException("No ImageIO reader for " + type);
            }
            ImageReader reader = readers.next();
            try {
                // Metadata is ignored on reading too: nothing of it can reach the new file.
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                    throw new PictureRefusedException("picture.file.tooManyPixels", width, height,
                            MAX_PIXELS / 1_000_000);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0, subsampled(reader, width * height));
                if (image == null || warnings.stream().anyMatch(ImageCleaner::saysCutOff)) {
                    throw new PictureRefusedException("picture.file.unreadable");
                }
                return image;
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof PictureRefusedException refused) {
                throw refused;
            }
            // A truncated or malformed file: the decoders say so in many ways, all of them the editor's problem.
            throw new PictureRefusedException("picture.file.unreadable");
        }
    }

    /**
     * Whether a decoder's warning says the file ends early. The JPEG decoder then fills the missing rows with
     * grey and carries on ("Truncated File - Missing EOI marker", libjpeg's "Premature end of JPEG file"); half
     * a picture is not what the editor meant to publish. Other warnings (extraneous bytes, an odd ICC profile)
     * leave a whole picture and are let through.
     */
    private static boolean saysCutOff(String warning) {
        String text = warning.toLowerCase(java.util.Locale.ROOT);
        return text.contains("truncated") || text.contains("premature end") || text.contains("missing eoi");
    }

    /**
     * Reading parameters that decode a large picture at a fraction of its size (every n-th pixel and row), so
     * no upload takes more than about {@value #DECODED_PIXELS} pixels of memory (4 bytes each); the kept copy is
     * at most {@value #KEPT_SIDE} px anyway and is then scaled down smoothly from that.
     */
    private static ImageReadParam subsampled(ImageReader reader, long pixels) {
        ImageReadParam params = reader.getDefaultReadParam();
        int factor = (int) Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS));
        if (factor > 1) {
            params.setSourceSubsampling(factor, factor, 0, 0);
        }
        return params;
    }

    private static BufferedImage fitWithin(BufferedImage image, int side) {
        if (image.getWidth() <= side && image.getHeight() <= side) {
            return image;
        }
        try {
            return Thumbnails.of(image).size(side, side).keepAspectRatio(true).asBufferedImage();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static BufferedImage resize(BufferedImage image, int width) {
        try {
            return Thumbnails.of(image).width(width).keepAspectRatio(true).asBufferedImage();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static byte[] encode(BufferedImage image, boolean png) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (png) {
                try (ImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
                    ImageIO.write(argbOrRgb(image, BufferedImage.TYPE_INT_ARGB), "png", output);
                }
                return out.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(output);
                ImageWriteParam params = writer.getDefaultWriteParam();
                params.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                params.setCompressionQuality(JPEG_QUALITY);
                writer.write(null, new IIOImage(argbOrRgb(image, BufferedImage.TYPE_INT_RGB), null, null), params);
            }
            finally {
                writer.dispose();
            }
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Draws the pixels into a plain sRGB image: CMYK, grey-with-alpha or indexed sources encode the same way. */
    private static BufferedImage argbOrRgb(BufferedImage image, int type) {
        if (image.getType() == type) {
            return image;
        }
        BufferedImage plain = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D graphics = plain.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                // Transparent parts of a JPEG-bound picture show white, as on the page, not black.
                graphics.setColor(java.awt.Color.WHITE);
                graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            graphics.drawImage(image, 0, 0, null);
        }
        finally {
            graphics.dispose();
        }
        return plain;
    }

    private static String contentType(boolean png) {
        return png ? "image/png" : "image/jpeg";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
