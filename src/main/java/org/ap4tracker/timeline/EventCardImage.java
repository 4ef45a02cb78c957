package org.ap4tracker.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.EventType;

import org.springframework.stereotype.Component;

/**
 * An event's share card: a 1200 × 630 PNG with its type (shape and name), honest date and title, drawn with
 * the JDK's own Java2D, which needs no further library for text, shapes and PNG. Cards are kept by slug,
 * version and language, so a corrected event gets a new card and an unchanged one is drawn once per language.
 * A Japanese or Korean card is drawn in a face that has its glyphs ({@link CardFonts}) and its title broken where
 * the language breaks lines ({@link CardLines}).
 */
@Component
class EventCardImage {

    /** Raise when cards are drawn differently, so that caches holding an older drawing do not keep it. */
    static final int DRAWING_REVISION = 2;

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    static final int TEXT_WIDTH = WIDTH - 160;
    static final int TITLE_LINES = 3;
    /** Where the title's first line sits, and how far apart its lines are. */
    static final int TITLE_TOP = 330;
    static final int TITLE_LEADING = 66;

    private static final Color PAPER = new Color(0xfbfaf7);
    private static final Color INK = new Color(0x1b1e22);
    private static final Color INK_2 = new Color(0x4a5058);
    private static final Color ACCENT = new Color(0x12315a);
    private static final Map<EventType, Color> TYPE_COLOURS = Map.of(
            EventType.SUMMIT, new Color(0x1d3f6e), EventType.MEETING, new Color(0x34506a),
            EventType.AGREEMENT, new Color(0x1e5b3a), EventType.OFFICE, new Color(0x0f5557),
            EventType.STATEMENT, new Color(0x5b2f6b), EventType.EXERCISE, new Color(0x4b5216),
            EventType.POLICY, new Color(0x3a3e8c), EventType.INCIDENT, new Color(0x8a2b1e),
            EventType.REPORT, new Color(0x6a4911));

    private final Cache<String, byte[]> cards = Caffeine.newBuilder()
            .maximumSize(500)
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    /** The card in {@code locale}: its words (date, type, site name, tagline) are in that language, as given. */
    byte[] png(EventDetail event, Locale locale, String date, String typeName, String siteName, String tagline) {
        return cards.get(key(event, locale), unused -> draw(event, locale, date, typeName, siteName, tagline));
    }

    /** A card's identity: the event's slug and version and the card's language. */
    static String key(EventDetail event, Locale locale) {
        return event.slug() + "@" + event.version() + "@" + ReaderPrefix.language(locale);
    }

    static byte[] draw(EventDetail event, Locale locale, String date, String typeName, String siteName,
            String tagline) {
        CardFonts.Faces faces = CardFonts.of(locale);
        // A CJK face's upper case of Latin text is the same; toUpperCase(locale) would turn i into İ in Turkish.
        String type = typeName.toUpperCase(Locale.ROOT);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, WIDTH, 16);

            g.setFont(faces.sans(Font.BOLD, 30));
            g.drawString(siteName, 80, 96);

            Color typeColour = TYPE_COLOURS.get(event.type());
            g.setColor(typeColour);
            Path2D shape = shape(event.type());
            shape.transform(new AffineTransform(2.6, 0, 0, 2.6, 100, 178));
            g.fill(shape);
            g.setFont(faces.sans(Font.BOLD, 30));
            g.drawString(type, 136, 189);
            g.setColor(INK_2);
            g.setFont(faces.sans(Font.PLAIN, 34));
            g.drawString(date, 80, 250);

            g.setColor(INK);
            g.setFont(faces.serif(Font.BOLD, 54));
            int y = TITLE_TOP;
            for (String line : CardLines.of(event.title(), locale, g.getFontMetrics(), TEXT_WIDTH, TITLE_LINES)) {
                g.drawString(line, 80, y);
                y += TITLE_LEADING;
            }

            g.setColor(ACCENT);
            g.setStroke(new BasicStroke(2));
            g.drawLine(80, HEIGHT - 90, WIDTH - 80, HEIGHT - 90);
            g.setColor(INK_2);
            g.setFont(faces.sans(Font.PLAIN, 26));
            g.drawString(tagline, 80, HEIGHT - 48);
        }
        finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return png.toByteArray();
    }

    /** The type's shape as the overview draws it, from its SVG path of straight lines and arcs made polygons. */
    private static Path2D shape(EventType type) {
        Path2D path = new Path2D.Double();
        if (type == EventType.MEETING) {
            path.append(new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12), false);
            return path;
        }
        String[] parts = OverviewChart.Shapes.of(type).split("(?=[MLHVZ])");
        double x = 0;
        double y = 0;
        for (String part : parts) {
            char command = part.charAt(0);
            String[] numbers = part.substring(1).split("[ ,]");
            switch (command) {
                case 'M', 'L' -> {
                    x = Double.parseDouble(numbers[0]);
                    y = Double.parseDouble(numbers[1]);
                    if (command == 'M') {
                        path.moveTo(x, y);
                    }
                    else {
                        path.lineTo(x, y);
                    }
                }
                case 'H' -> {
                    x = Double.parseDouble(numbers[0]);
                    path.lineTo(x, y);
                }
                case 'V' -> {
                    y = Double.parseDouble(numbers[0]);
                    path.lineTo(x, y);
                }
                default -> path.closePath();
            }
        }
        return path;
    }
}
