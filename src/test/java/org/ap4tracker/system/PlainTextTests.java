package org.ap4tracker.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The text rule, character by character: what a reader can see or type stays, what no format can carry does not. */
class PlainTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"Tokyo liaison office", "東京 연락 مكتب שלום", "🎌🇯🇵👩‍👩‍👧", "line\nbreak\r\nand\ttab",
            "\u202Eoverride\u202C \u2066isolate\u2069 \u200F", "e\u0301 \u00A0 \u200B", "<script>\"'&]]>"})
    void textAPersonCanReadOrTypeIsAcceptable(String text) {
        assertThat(PlainText.acceptable(text)).isTrue();
        assertThat(PlainText.visible(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u000B", "\u001B[0m", "\u007F", "\u0085", "\u009F", "\uFFFD", "\uFFFE",
            "\uFFFF", "\uD83D", "\uDE00", "\uDE00\uD83D"})
    void controlsDamagedTextAndHalvesOfPairsAreRefused(String bad) {
        assertThat(PlainText.firstRefused("ok " + bad)).isEqualTo(3);
    }

    @Test
    void searchTextLosesWhatIsRefusedAndOutputsShowItAsAReplacementCharacter() {
        String stored = "Bell\u0007 🎌 \uFFFE end";
        assertThat(PlainText.withoutRefused(stored)).isEqualTo("Bell 🎌  end");
        assertThat(PlainText.visible(stored)).isEqualTo("Bell\uFFFD 🎌 \uFFFD end");
    }
}
