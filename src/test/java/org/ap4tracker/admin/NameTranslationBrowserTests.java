package org.ap4tracker.admin;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.DeskInChromium;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Translating a topic into Japanese at the desk, in Japanese, and seeing it on the Japanese timeline; a
 * storyline's and an actor's translation screens in Korean; the page that asks before an event's translation is
 * restored, and a topic's, in Japanese. Each screen passes axe at 375 px without scrolling sideways (screenshots in
 * target/screenshots with -Dscreenshots=true).
 */
@TrackerIntegrationTest
@BrowserTest
class NameTranslationBrowserTests extends DeskInChromium {

    static final String USER = "name-translator";
    static final String PASSWORD = "name translation browser passphrase";

    @BeforeEach
    void createEditor() {
        createAccount(USER, "Name Translator", Role.EDITOR, PASSWORD);
    }

    /** Puts the seeded Japanese label back and forgets the history entries the test added. */
    @AfterEach
    void restoreTopic() {
        jdbc.sql("""
                update topic_translation set label = '宇宙', translated_by = 'editors'
                where lang = 'ja' and topic_id = (select id from topic where slug = 'space')""").update();
        jdbc.sql("delete from topic_translation_aud where translated_by = :user").param("user", USER).update();
    }

    @Test
    void anEditorTranslatesATopicIntoJapaneseAndReadersSeeItOnTheJapaneseTimeline() {
        try (BrowserContext context = signedIn("/admin/topics/space", USER, PASSWORD, 375);
                Page page = context.newPage()) {
            page.navigate(url("/ja/admin/topics/space"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("日本語：最新")).click();

            assertThat(page.locator(".translation-original")).containsText("Space");
            assertThat(page.locator("#name")).hasValue("宇宙");
            Chromium.assertFitsAndAccessible(page, "language-ja-desk-topic-translation-375.png");

            page.locator("#name").fill("宇宙・宇宙安全保障");
            page.locator("#changeNote").fill("分野名を明確に");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("翻訳を保存")).click();

            assertThat(page.locator(".flash")).containsText("翻訳を保存しました");
            assertThat(page.locator(".translation-history")).containsText("宇宙・宇宙安全保障");
            Chromium.assertFitsAndAccessible(page, "language-ja-desk-topic-translation-saved-375.png");

            page.navigate(url("/ja/"));
            assertThat(page.locator(".filters__group .check span").getByText("宇宙・宇宙安全保障")).hasCount(1);
        }
    }

    @Test
    void aStorylinesTranslationScreenInKoreanShowsTheOriginalBesideTheForm() {
        try (BrowserContext context = signedIn("/admin/developments", USER, PASSWORD, 375);
                Page page = context.newPage()) {
            page.navigate(url("/ko/admin/developments/ap4-defence-industrial-cooperation/translations/ko"));

            assertThat(page.locator(".translation-original")).containsText("defence");
            assertThat(page.locator(".translation-state")).hasText("한국어: 최신");
            assertThat(page.locator("#description")).not().isEmpty();
            Chromium.assertFitsAndAccessible(page, "language-ko-desk-storyline-translation-375.png");

            page.navigate(url("/ko/admin/actors/JP/translations/ko"));
            assertThat(page.locator("#name")).hasValue("일본");
            Chromium.assertFitsAndAccessible(page, "language-ko-desk-actor-translation-375.png");
        }
    }

    @Test
    void thePageBeforeRestoringAnEventsTranslationSaysInJapaneseWhatReadersWillSee() {
        long seeded = jdbc.sql("""
                select min(a.rev) from event_translation_aud a join event e on e.id = a.event_id
                where e.slug = '2023-07-11-vilnius-summit' and a.lang = 'ja'""").query(Long.class).single();
        try (BrowserContext context = signedIn("/admin/events", USER, PASSWORD, 375);
                Page page = context.newPage()) {
            page.navigate(url("/ja/admin/events/2023-07-11-vilnius-summit/translations/ja/history/" + seeded + "/restore"));

            assertThat(page.locator("h1")).containsText("以前の日本語訳を復元しますか");
            assertThat(page.locator(".restored-translation")).hasAttribute("lang", "ja");
            assertThat(page.locator(".readers-see")).containsText("公開中のため");
            Chromium.assertFitsAndAccessible(page, "language-ja-desk-translation-restore-375.png");
        }
    }

    @Test
    void thePageBeforeRestoringATopicsTranslationSaysInJapaneseWhatComesBack() {
        long seeded = jdbc.sql("""
                select min(a.rev) from topic_translation_aud a join topic t on t.id = a.topic_id
                where t.slug = 'space' and a.lang = 'ja'""").query(Long.class).single();
        try (BrowserContext context = signedIn("/admin/topics", USER, PASSWORD, 375); Page page = context.newPage()) {
            page.navigate(url("/ja/admin/topics/space/translations/ja/history/" + seeded + "/restore"));

            assertThat(page.locator("h1")).containsText("以前の日本語訳を復元しますか");
            assertThat(page.locator(".readers-see")).containsText("この分野の日本語訳の名称");
            assertThat(page.locator(".restored-translation")).hasText("宇宙");
            assertThat(page.locator(".restored-translation")).hasAttribute("lang", "ja");
            Chromium.assertFitsAndAccessible(page, "language-ja-desk-topic-translation-restore-375.png");
        }
    }
}
