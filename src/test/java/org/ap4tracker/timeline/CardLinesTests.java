package org.ap4tracker.timeline;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A share card's title broken into lines the way each language breaks them, each line within the card's width. */
class CardLinesTests {

    private static final String JAPANESE = "NATOと日本、サイバー防衛と偽情報対策、宇宙安全保障の協力を深める"
            + "個別調整型パートナーシップ計画に合意。";
    private static final String KOREAN = "나토와 대한민국, 사이버 방위와 허위 정보 대응 및 우주 안보 협력을 심화하는 "
            + "개별 맞춤형 파트너십 프로그램에 합의";

    @Test
    void japaneseWrapsBetweenCharactersWithoutSpacesAndNeverBeforeAComma() {
        FontMetrics metrics = metrics(Locale.JAPANESE);
        List<String> lines = CardLines.of(JAPANESE, Locale.JAPANESE, metrics, EventCardImage.TEXT_WIDTH, 3);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo(JAPANESE);
        assertThat(lines).allSatisfy(line -> {
            assertThat(metrics.stringWidth(line)).isLessThanOrEqualTo(EventCardImage.TEXT_WIDTH);
            assertThat(line).doesNotStartWith("、").doesNotStartWith("。");
        });
        // The Latin word is never cut.
        assertThat(lines.get(0)).startsWith("NATO");
    }

    @Test
    void koreanWrapsOnlyBetweenWords() {
        FontMetrics metrics = metrics(Locale.KOREAN);
        List<String> lines = CardLines.of(KOREAN, Locale.KOREAN, metrics, EventCardImage.TEXT_WIDTH, 3);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(KOREAN);
        List<String> words = Arrays.asList(KOREAN.split(" "));
        assertThat(lines).allSatisfy(line -> {
            assertThat(metrics.stringWidth(line)).isLessThanOrEqualTo(EventCardImage.TEXT_WIDTH);
            assertThat(words).containsAll(Arrays.asList(line.split(" ")));
        });
    }

    @Test
    void aTitleLongerThanThreeLinesEndsInAnEllipsisAndEnglishStillWrapsAtSpaces() {
        FontMetrics japanese = metrics(Locale.JAPANESE);
        List<String> cut = CardLines.of(JAPANESE.repeat(4), Locale.JAPANESE, japanese, EventCardImage.TEXT_WIDTH, 3);
        FontMetrics english = metrics(Locale.ENGLISH);
        String title = "NATO and Japan agree a partnership programme on cyber defence and space";
        List<String> lines = CardLines.of(title, Locale.ENGLISH, english, EventCardImage.TEXT_WIDTH, 3);

        assertThat(cut).hasSize(3);
        assertThat(cut.get(2)).endsWith("\u2026");
        assertThat(japanese.stringWidth(cut.get(2))).isLessThanOrEqualTo(EventCardImage.TEXT_WIDTH);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(title);
    }

    /** The metrics of the title's face on a card in that language, the one the card is drawn with. */
    private static FontMetrics metrics(Locale locale) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(CardFonts.of(locale).serif(Font.BOLD, 54));
        }
        finally {
            g.dispose();
        }
    }
}
