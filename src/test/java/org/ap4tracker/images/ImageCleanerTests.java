package org.ap4tracker.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cleaner on its own, with real encoders and decoders: no application needed. */
class ImageCleanerTests {

    private final ImageCleaner cleaner = new ImageCleaner();

    @Test
    void aSidewaysPhotographIsStoredTheWayUpItsCameraSaid() throws Exception {
        // Stored 400 × 200 with a red top-left corner; EXIF orientation 6 says "turn 90° clockwise to show".
        BufferedImage stored = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = stored.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 400, 200);
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 60, 60);
        graphics.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(stored, "jpeg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), withExif, exif);

        CleanedImage cleaned = cleaner.clean(withExif.toByteArray());

        assertThat(cleaned.width()).isEqualTo(200);
        assertThat(cleaned.height()).isEqualTo(400);
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(cleaned.bytes()));
        Color topRight = new Color(shown.getRGB(170, 30));
        assertThat(topRight.getRed()).isGreaterThan(200);
        assertThat(topRight.getGreen()).isLessThan(80);
        assertThat(new Color(shown.getRGB(30, 30)).getGreen()).as("top left stays white").isGreaterThan(200);
        assertThat(TestPictures.exif(cleaned.bytes())).isNull();
    }

    @Test
    void theSameUploadAlwaysGivesTheSameFileNameAndTransparencyStaysPng() {
        byte[] png = TestPictures.png(1000, 500);
        CleanedImage first = cleaner.clean(png);
        CleanedImage second = cleaner.clean(png);
        assertThat(first.sha256()).isEqualTo(second.sha256()).matches("[0-9a-f]{64}");
        assertThat(first.contentType()).isEqualTo("image/png");
        assertThat(first.variants()).extracting(CleanedImage.Variant::width).containsExactly(480, 960);
        assertThat(first.variants()).extracting(CleanedImage.Variant::height).containsExactly(240, 480);
    }

    @Test
    void aLargePhotographIsDecodedAtAFractionAndKeptAtMost3200PixelsWide() {
        // 30 megapixels: decoded every second pixel (7.5 MP in memory), then scaled down to 3200 px.
        byte[] jpeg = TestPictures.jpeg(6800, 4400);
        long started = System.nanoTime();
        CleanedImage cleaned = cleaner.clean(jpeg);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(cleaned.width()).isEqualTo(3200);
        assertThat(cleaned.height()).isBetween(2068, 2072);
        assertThat(cleaned.variants()).extracting(CleanedImage.Variant::width).containsExactly(480, 960, 1600);
        System.out.printf("Cleaned a %d-byte 6800x4400 JPEG in %d ms into %d bytes%n", jpeg.length, millis,
                cleaned.bytes().length);
    }

    /**
     * A photograph cut off halfway (an interrupted download, a copy that stopped) still decodes: the decoder
     * fills the missing rows with grey and only warns. Readers would see half a picture, so it is refused.
     */
    @Test
    void aPhotographCutOffHalfwayIsRefusedRatherThanShownHalfGrey() {
        byte[] jpeg = TestPictures.jpeg(800, 600);
        byte[] half = java.util.Arrays.copyOf(jpeg, jpeg.length / 2);
        assertThatThrownBy(() -> cleaner.clean(half)).isInstanceOf(PictureRefusedException.class)
                .hasMessage("picture.file.unreadable");
        byte[] png = TestPictures.png(800, 600);
        assertThatThrownBy(() -> cleaner.clean(java.util.Arrays.copyOf(png, png.length / 2)))
                .isInstanceOf(PictureRefusedException.class).hasMessage("picture.file.unreadable");
    }

    @Test
    void aTruncatedFileAndAPictureOverTheSideLimitAreRefused() {
        byte[] jpeg = TestPictures.jpeg(300, 200);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);
        assertThatThrownBy(() -> cleaner.clean(truncated)).isInstanceOf(PictureRefusedException.class)
                .hasMessage("picture.file.unreadable");
        assertThatThrownBy(() -> cleaner.clean(TestPictures.pngClaiming(20_000, 100)))
                .isInstanceOf(PictureRefusedException.class).hasMessage("picture.file.tooManyPixels");
    }
}
