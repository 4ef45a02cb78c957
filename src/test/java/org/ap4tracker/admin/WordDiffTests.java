package org.ap4tracker.admin;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

    @Test
    void onlyTheWordsThatChangedAreMarkedAndEachIsWhole() {
        WordDiff.Sides sides = WordDiff.between("Talks on the liaison office resume in Tokyo",
                "Talks on the liaison office stall in Tokyo");

        assertThat(marked(sides.before())).containsExactly("resume");
        assertThat(marked(sides.after())).containsExactly("stall");
        assertThat(text(sides.before())).isEqualTo("Talks on the liaison office resume in Tokyo");
        assertThat(text(sides.after())).isEqualTo("Talks on the liaison office stall in Tokyo");
    }

    @Test
    void aChangedPhraseIsOneMarkIncludingTheSpacesInside() {
        WordDiff.Sides sides = WordDiff.between("Agreed at the Vilnius summit.", "Agreed at the Washington summit in July.");

        assertThat(marked(sides.before())).containsExactly("Vilnius summit.");
        assertThat(marked(sides.after())).containsExactly("Washington summit in July.");
    }

    @Test
    void aWordWithAChangedLetterIsMarkedWholeNotInPart() {
        WordDiff.Sides sides = WordDiff.between("NATO-Japan partnership", "NATO–Japan partnership");

        assertThat(marked(sides.before())).containsExactly("NATO-Japan");
        assertThat(marked(sides.after())).containsExactly("NATO–Japan");
    }

    @Test
    void aValueThatAppearsOrDisappearsIsMarkedWholeAndLinesAreKept() {
        WordDiff.Sides sides = WordDiff.between(null, "First source\nSecond source");

        assertThat(sides.before()).isEmpty();
        assertThat(marked(sides.after())).containsExactly("First source\nSecond source");
    }

    private static List<String> marked(List<WordDiff.Segment> segments) {
        return segments.stream().filter(WordDiff.Segment::changed).map(WordDiff.Segment::text).toList();
    }

    private static String text(List<WordDiff.Segment> segments) {
        return segments.stream().map(WordDiff.Segment::text).reduce("", String::concat);
    }
}
