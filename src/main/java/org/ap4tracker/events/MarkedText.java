package org.ap4tracker.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with the words a search matched marked, as parts to print in turn. The parts are plain text, never
 * markup, so a page escapes them like any other text and wraps the marked ones in {@code <mark>}.
 */
public record MarkedText(List<Part> parts) {

    /** Where PostgreSQL's ts_headline is asked to open and close a match: private-use characters no text needs. */
    public static final char START = '\uE000';
    public static final char STOP = '\uE001';

    public record Part(String text, boolean marked) {
    }

    public MarkedText {
        parts = List.copyOf(parts);
    }

    /** Reads text from ts_headline with {@link #START} and {@link #STOP} around each match. */
    public static MarkedText of(String headline) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean marked = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!text.isEmpty()) {
                    parts.add(new Part(text.toString(), marked));
                    text.setLength(0);
                }
                marked = c == START;
            }
            else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new Part(text.toString(), marked));
        }
        return new MarkedText(parts);
    }

    public boolean hasMarks() {
        return parts.stream().anyMatch(Part::marked);
    }

    /** The text without marks. */
    public String plain() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }
}
