package org.ap4tracker.timeline;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.support.NeedsCjkFonts;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A Japanese and a Korean share card draw every character of their words: the face chosen for the language has a
 * glyph for each (no empty boxes), and the card has ink where its title, date and words are.
 */
@NeedsCjkFonts
@TrackerIntegrationTest
class CjkShareCardTests {

    private static final String VILNIUS = "2023-07-11-vilnius-summit";

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    HonestDateFormat dates;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @CsvSource({"ja, JP, NATOビリニュス首脳会合", "ko, KR, 나토 빌뉴스 정상회의"})
    void theCardDrawsEveryCharacterOfItsLanguage(String language, String region, String title) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        LocaleContextHolder.setLocale(locale);
        EventDetail event = catalog.publicEvent(VILNIUS).orElseThrow();
        CardFonts.Faces faces = CardFonts.of(locale);
        Font titleFace = faces.serif(Font.BOLD, 54);
        Font wordsFace = faces.sans(Font.PLAIN, 34);
        List<String> words = List.of(dates.format(event.date(), locale),
                messages.getMessage("event.type." + event.type().name(), null, locale),
                messages.getMessage("site.name", null, locale), messages.getMessage("site.tagline", null, locale));

        assertThat(event.title()).isEqualTo(title);
        assertThat(titleFace.getFamily(Locale.ROOT)).isEqualTo("Noto Serif CJK " + region);
        assertThat(wordsFace.getFamily(Locale.ROOT)).isEqualTo("Noto Sans CJK " + region);
        assertThat(titleFace.canDisplayUpTo(title)).as("first character without a glyph").isEqualTo(-1);
        assertThat(words).allSatisfy(text -> assertThat(wordsFace.canDisplayUpTo(text)).as(text).isEqualTo(-1));

        MvcResult result = mvc.perform(get("/events/" + VILNIUS + "/card.png?lang=" + language)).andReturn();
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        assertThat(card.getWidth()).isEqualTo(EventCardImage.WIDTH);
        int titleInk = ink(card, EventCardImage.TITLE_TOP - 54, EventCardImage.TITLE_TOP + 12);
        assertThat(titleInk).as("dark pixels where the title is").isGreaterThan(2000);
        assertThat(ink(card, 250 - 34, 250 + 8)).as("pixels where the date is").isGreaterThan(500);
        assertThat(ink(card, EventCardImage.TITLE_TOP + 2 * EventCardImage.TITLE_LEADING - 54, EventCardImage.HEIGHT - 100))
                .as("a short title takes one line").isZero();
        save(card, "card-" + language + ".png");
    }

    @ParameterizedTest
    @CsvSource({"ja, 2031-06-01-long-ja, NATOと日本、サイバー防衛と偽情報対策、宇宙安全保障の協力を深める個別調整型パートナーシップ計画に合意",
            "ko, 2031-06-02-long-ko, '나토와 대한민국, 사이버 방위와 허위 정보 대응 및 우주 안보 협력을 심화하는 개별 맞춤형 파트너십 프로그램에 합의'"})
    @Transactional
    void aLongTitleWrapsOntoMoreLinesWithInkOnEach(String language, String slug, String title) throws Exception {
        long id = new TestEvents(jdbc).published(slug, LocalDate.of(2031, 6, 1), "A long title", "JP");
        jdbc.sql("""
                insert into event_translation (event_id, lang, title, summary, source_digest, translated_by)
                values (:id, :lang, :title, '概要', 'digest', 'test')""")
                .param("id", id).param("lang", language).param("title", title).update();

        MvcResult result = mvc.perform(get("/events/" + slug + "/card.png?lang=" + language)).andReturn();
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        save(card, "card-" + language + "-long.png");

        for (int line = 0; line < 2; line++) {
            int baseline = EventCardImage.TITLE_TOP + line * EventCardImage.TITLE_LEADING;
            assertThat(ink(card, baseline - 54, baseline + 12)).as("ink on line " + (line + 1)).isGreaterThan(2000);
        }
        assertThat(CardFonts.of(Locale.forLanguageTag(language)).serif(Font.BOLD, 54).canDisplayUpTo(title)).isEqualTo(-1);
    }

    /** Kept under target/screenshots with the browser tests' screenshots, for a person to look at. */
    private static void save(BufferedImage card, String name) throws Exception {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        ImageIO.write(card, "png", directory.resolve(name).toFile());
    }

    /** Pixels of the text column between two heights that are darker than the card's paper by far. */
    private static int ink(BufferedImage card, int top, int bottom) {
        int count = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 80; x < EventCardImage.WIDTH - 80; x++) {
                int rgb = card.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (brightness < 3 * 128) {
                    count++;
                }
            }
        }
        return count;
    }
}
