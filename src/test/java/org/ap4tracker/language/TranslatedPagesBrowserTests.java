package org.ap4tracker.language;

import java.time.LocalDate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.DeskInChromium;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Translated content in a real Chromium: a Japanese event page with its Japanese title marked ja and its
 * untranslated body marked en, and the desk's translation form in Korean, each passing axe at 375 px without
 * scrolling sideways (screenshots in target/screenshots with -Dscreenshots=true).
 */
@TrackerIntegrationTest
@BrowserTest
class TranslatedPagesBrowserTests extends DeskInChromium {

    static final String PASSWORD = "translation browser passphrase";
    static final String SLUG = "2030-04-01-browser-translated";

    @BeforeEach
    void createEventAndEditor() {
        TestEvents events = new TestEvents(jdbc);
        long id = events.published(SLUG, LocalDate.of(2030, 4, 1), "A meeting in Tokyo", "JP");
        events.setBody(id, "The body of this event has not been translated yet.");
        jdbc.sql("""
                insert into event_translation (event_id, lang, title, summary, source_digest, translated_by)
                select id, 'ja', '東京での会合', '日本語に翻訳された概要。', translation_source_digest(title, summary, body), 'editors'
                from event where id = :id""").param("id", id).update();
        createAccount("translation-editor", "Translation Editor", Role.EDITOR, PASSWORD);
    }

    @AfterEach
    void removeEvent() {
        jdbc.sql("delete from event where slug = :slug").param("slug", SLUG).update();
    }

    @Test
    void aJapaneseEventPageShowsTheJapaneseTitleAndMarksTheEnglishBody() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 800));
                Page page = context.newPage()) {
            page.navigate(url("/ja/events/" + SLUG));

            assertThat(page.locator("h1")).hasText("東京での会合");
            assertThat(page.locator("h1")).hasAttribute("lang", "ja");
            assertThat(page.locator(".event__body")).hasAttribute("lang", "en");
            assertThat(page.locator(".event__body")).containsText("has not been translated yet");
            Chromium.assertFitsAndAccessible(page, "language-ja-translated-event-375.png");
        }
    }

    @Test
    void theDeskTranslationFormInKoreanShowsTheOriginalBesideItAndSaves() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 800));
                Page page = context.newPage()) {
            page.navigate(url("/ko/admin/events/" + SLUG + "/translations/ko"));
            page.fill("#username", "translation-editor");
            page.fill("#password", PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("로그인")).click();

            assertThat(page.locator(".translation-original")).containsText("A meeting in Tokyo");
            assertThat(page.locator(".translation-state")).hasText("한국어: 번역 없음");
            Chromium.assertFitsAndAccessible(page, "language-ko-desk-translation-375.png");

            page.getByLabel("제목").fill("도쿄에서 열린 회의");
            page.getByLabel("요약").fill("한국어로 옮긴 요약.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("번역 저장")).click();

            assertThat(page.locator(".flash")).containsText("번역을 저장했습니다");
            assertThat(page.locator(".translation-state")).hasText("한국어: 최신");
            assertThat(page.locator(".translation-history")).containsText("도쿄에서 열린 회의");
            Chromium.assertFitsAndAccessible(page, "language-ko-desk-translation-saved-375.png");

            page.navigate(url("/ko/events/" + SLUG));
            assertThat(page.locator("h1")).hasText("도쿄에서 열린 회의");
            assertThat(page.locator("h1")).hasAttribute("lang", "ko");
        }
    }

}
