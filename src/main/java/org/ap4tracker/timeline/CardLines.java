package org.ap4tracker.timeline;

import java.awt.FontMetrics;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A title broken into the lines of a share card. Japanese is written without spaces, so lines break where the
 * language allows ({@link BreakIterator#getLineInstance(Locale)}: between most characters, never before 、 or 。
 * nor inside a Latin word such as NATO). Korean separates its words with spaces and breaks only there (as the
 * pages do, with {@code word-break: keep-all}), though the JDK's line rules would break between any two syllables,
 * so for Korean only the breaks after a space are kept. A word wider than the line is broken between characters.
 */
final class CardLines {

    private CardLines() {
    }

    /** The lines of {@code text}, at most {@code maxLines}, the last shortened with an ellipsis if it runs over. */
    static List<String> of(String text, Locale locale, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<String> pieces = pieces(text.strip().replaceAll("\\s+", " "), locale);
        for (int i = 0; i < pieces.size(); i++) {
            String candidate = line + pieces.get(i);
            if (metrics.stringWidth(candidate.stripTrailing()) <= width) {
                line.append(pieces.get(i));
                continue;
            }
            if (line.isEmpty()) {
                // One piece wider than the line: as much of it as fits, the rest goes on.
                String piece = pieces.get(i);
                int fits = fitting(piece, metrics, width);
                line.append(piece, 0, fits);
                pieces.add(i + 1, piece.substring(fits));
            }
            else {
                i--;
            }
            if (lines.size() == maxLines - 1) {
                String rest = line + String.join("", pieces.subList(i + 1, pieces.size()));
                lines.add(ellipsis(rest.strip(), metrics, width));
                return lines;
            }
            lines.add(line.toString().strip());
            line.setLength(0);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    /** The text cut at each place a line may break; each piece keeps the spaces that follow it. */
    static List<String> pieces(String text, Locale locale) {
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        boolean onlyAtSpaces = "ko".equals(locale.getLanguage());
        List<String> pieces = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            if (onlyAtSpaces && !pieces.isEmpty() && !pieces.get(pieces.size() - 1).endsWith(" ")) {
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + piece);
            }
            else {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    /** How many chars of {@code text} fit the width, at least one code point, never half a surrogate pair. */
    private static int fitting(String text, FontMetrics metrics, int width) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (metrics.stringWidth(text.substring(0, next)) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static String ellipsis(String text, FontMetrics metrics, int width) {
        String shortened = text;
        while (!shortened.isEmpty() && metrics.stringWidth(shortened + "\u2026") > width) {
            shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
        }
        return shortened.strip() + "\u2026";
    }
}
