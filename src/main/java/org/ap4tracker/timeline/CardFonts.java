package org.ap4tracker.timeline;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The faces a share card is drawn in. English cards use Java's logical faces, as they always have. A Japanese or
 * Korean card needs a face with the glyphs of its language, drawn the way that language draws them (the same Han
 * character differs between Japanese and Korean): Noto CJK's JP or KR face, which Debian's {@code fonts-noto-cjk}
 * installs, found by family name through AWT's font lookup (fontconfig's directories), or else in its files. A
 * logical face may fall back to some CJK face or to empty boxes, depending on the machine's fontconfig, so it is
 * not relied on. Without any CJK face the card is still drawn with the logical face, and a WARN says so, once.
 */
final class CardFonts {

    /** A sans-serif and a serif family; the serif is the sans where the serif is not installed. */
    record Faces(String sans, String serif, Optional<Font> loadedSans, Optional<Font> loadedSerif) {

        Font sans(int style, float size) {
            return loadedSans.map(font -> font.deriveFont(style, size)).orElseGet(() -> new Font(sans, style, (int) size));
        }

        Font serif(int style, float size) {
            return loadedSerif.map(font -> font.deriveFont(style, size)).orElseGet(() -> new Font(serif, style, (int) size));
        }
    }

    static final Faces LOGICAL = new Faces(Font.SANS_SERIF, Font.SERIF, Optional.empty(), Optional.empty());

    /** Where Debian, Fedora and Homebrew put Noto CJK, for a JVM whose AWT does not list it. */
    private static final List<Path> FONT_DIRECTORIES = List.of(Path.of("/usr/share/fonts/opentype/noto"),
            Path.of("/usr/share/fonts/google-noto-cjk"), Path.of("/usr/share/fonts/noto-cjk"),
            Path.of("/usr/share/fonts/truetype/noto"), Path.of("/opt/homebrew/share/fonts"));

    private static final Logger log = LoggerFactory.getLogger(CardFonts.class);
    private static final AtomicBoolean warned = new AtomicBoolean();
    private static final Map<String, Faces> byLanguage = new ConcurrentHashMap<>();

    private CardFonts() {
    }

    /** The faces for a card in {@code locale}: Noto CJK JP or KR for Japanese or Korean, else the logical faces. */
    static Faces of(Locale locale) {
        String region = switch (locale.getLanguage()) {
            case "ja" -> "JP";
            case "ko" -> "KR";
            default -> null;
        };
        return region == null ? LOGICAL : byLanguage.computeIfAbsent(region, CardFonts::find);
    }

    /** Whether a face with the glyphs of Japanese and Korean was found for {@code locale}. */
    static boolean hasCjkFace(Locale locale) {
        return of(locale) != LOGICAL;
    }

    private static Faces find(String region) {
        Set<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT)).collect(Collectors.toSet());
        String sans = "Noto Sans CJK " + region;
        String serif = "Noto Serif CJK " + region;
        if (installed.contains(sans)) {
            return new Faces(sans, installed.contains(serif) ? serif : sans, Optional.empty(), Optional.empty());
        }
        Optional<Font> loadedSans = load("NotoSansCJK-Bold.ttc", sans).or(() -> load("NotoSansCJK-Regular.ttc", sans));
        if (loadedSans.isPresent()) {
            Optional<Font> loadedSerif = load("NotoSerifCJK-Bold.ttc", serif).or(() -> loadedSans);
            return new Faces(sans, serif, loadedSans, loadedSerif);
        }
        if (warned.compareAndSet(false, true)) {
            log.warn("No Noto CJK font is installed: Japanese and Korean share cards (card.png) are drawn with the "
                    + "logical face, which may show empty boxes for their characters. Install it: "
                    + "apt-get install fonts-noto-cjk");
        }
        return LOGICAL;
    }

    /** The face of a family in one of Noto CJK's font collections, read from its file. */
    private static Optional<Font> load(String file, String family) {
        for (Path directory : FONT_DIRECTORIES) {
            Path path = directory.resolve(file);
            if (Files.isReadable(path)) {
                try {
                    return Arrays.stream(Font.createFonts(path.toFile()))
                            .filter(font -> font.getFamily(Locale.ROOT).equals(family)).findFirst();
                }
                catch (IOException | FontFormatException ex) {
                    log.debug("Could not read {}", path, ex);
                }
            }
        }
        return Optional.empty();
    }
}
