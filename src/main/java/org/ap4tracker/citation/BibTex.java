package org.ap4tracker.citation;

import org.ap4tracker.system.PlainText;

/**
 * Escapes text for a braced BibTeX field, so that LaTeX prints it as written; a control character stored
 * before the text rule held is shown as U+FFFD, since TeX would act on it.
 */
final class BibTex {

    private BibTex() {
    }

    /**
     * LaTeX's special characters become commands that print them. Braces become {@code \textbraceleft{}} and
     * {@code \textbraceright{}} rather than {@code \{} and {@code \}}: BibTeX counts every brace, escaped or
     * not, to find where a field ends, so a lone {@code \{} would swallow the rest of the entry.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        PlainText.visible(text).codePoints().forEach(character -> escaped.append(switch (character) {
            case '\\' -> "\\textbackslash{}";
            case '{' -> "\\textbraceleft{}";
            case '}' -> "\\textbraceright{}";
            case '%', '&', '$', '#', '_' -> "\\" + Character.toString(character);
            case '^' -> "\\textasciicircum{}";
            case '~' -> "\\textasciitilde{}";
            default -> Character.toString(character);
        }));
        return escaped.toString();
    }
}
