package org.ap4tracker.system;

/**
 * The one rule for text arriving from outside, whether typed into the desk, sent to the API or put in a query
 * string. Text may hold any character a person can read or type: letters in every script, emoji, bidi marks,
 * tabs and line breaks. It may not hold what no reader can see and several outputs cannot carry: the C0
 * controls other than tab, line feed and carriage return (XML 1.0, and so Atom, forbids them; PostgreSQL
 * refuses NUL), DEL and the C1 controls, surrogate halves not part of a pair (no UTF-8 encodes them), the
 * noncharacters U+FFFE and U+FFFF, and U+FFFD, which is what a decoder leaves where the bytes were not
 * UTF-8: storing it would keep the damage silently.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The index of the first character the rule refuses, or -1 when the text is acceptable. */
    public static int firstRefused(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            else if (refused(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean acceptable(CharSequence text) {
        return firstRefused(text) < 0;
    }

    /** The text without the characters the rule refuses, for input where refusing would not help anyone. */
    public static String withoutRefused(String text) {
        return replaceRefused(text, "");
    }

    /**
     * The text with each character the rule refuses shown as U+FFFD, for writing values stored before the rule
     * held into formats that cannot carry them (XML forbids most controls and U+FFFE): the output stays
     * well-formed and the reader sees where something was.
     */
    public static String visible(String text) {
        return replaceRefused(text, "\uFFFD");
    }

    private static String replaceRefused(String text, String replacement) {
        if (acceptable(text)) {
            return text;
        }
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                result.append(c).append(text.charAt(++i));
            }
            else if (refused(c)) {
                result.append(replacement);
            }
            else {
                result.append(c);
            }
        }
        return result.toString();
    }

    private static boolean refused(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return c >= 0x7F && c <= 0x9F || Character.isSurrogate(c) || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF';
    }
}
