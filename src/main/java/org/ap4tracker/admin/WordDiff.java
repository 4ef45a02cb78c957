package org.ap4tracker.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.jspecify.annotations.Nullable;

/**
 * Which words of a text changed between two versions. Texts are cut into whole words and the spaces
 * between them, so a change is always shown as whole words, never as part of one. Myers' algorithm comes
 * from java-diff-utils.
 */
final class WordDiff {

    private static final Pattern BETWEEN_WORDS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    /** A run of text, marked if it is not in the other version. */
    record Segment(String text, boolean changed) {
    }

    /** The earlier text with removed words marked, and the later text with added words marked. */
    record Sides(List<Segment> before, List<Segment> after) {
    }

    private WordDiff() {
    }

    static Sides between(@Nullable String before, @Nullable String after) {
        List<String> old = words(before);
        List<String> now = words(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        boolean[] removed = new boolean[old.size()];
        boolean[] added = new boolean[now.size()];
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            mark(removed, delta.getSource().getPosition(), delta.getSource().size());
            mark(added, delta.getTarget().getPosition(), delta.getTarget().size());
        }
        return new Sides(segments(old, removed), segments(now, added));
    }

    static List<String> words(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(BETWEEN_WORDS.split(text));
    }

    private static void mark(boolean[] marks, int from, int count) {
        for (int i = from; i < from + count; i++) {
            marks[i] = true;
        }
    }

    /**
     * Joins neighbouring words with the same mark; a space between two changed words joins the change, so
     * a changed phrase reads as one highlight.
     */
    private static List<Segment> segments(List<String> words, boolean[] changed) {
        for (int i = 1; i < words.size() - 1; i++) {
            if (!changed[i] && words.get(i).isBlank() && changed[i - 1] && changed[i + 1]) {
                changed[i] = true;
            }
        }
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && changed[i] != changed[i - 1]) {
                segments.add(new Segment(run.toString(), changed[i - 1]));
                run.setLength(0);
            }
            run.append(words.get(i));
        }
        if (!run.isEmpty()) {
            segments.add(new Segment(run.toString(), changed[words.size() - 1]));
        }
        return List.copyOf(segments);
    }
}
