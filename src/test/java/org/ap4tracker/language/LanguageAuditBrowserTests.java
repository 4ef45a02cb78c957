package org.ap4tracker.language;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.ReaderInChromium;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 read through, point by point, as a Japanese and a Korean reader meet it in Chromium: a storyline
 * (with its description left to the English original), the share preview and its card, the embed and the code
 * that embeds it, every format with {@code ?lang=}, the API by parameter and by Accept-Language, a citation, and
 * the change log marking a new translation. The timeline and an event are {@link LanguagesBrowserTests}'.
 */
@TrackerIntegrationTest
@BrowserTest
class LanguageAuditBrowserTests extends ReaderInChromium {

    private static final String EVENT = "2023-07-12-nato-japan-itpp-agreed";
    private static final String STORYLINE = "tokyo-liaison-office";

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | ja_JP | japanese | 日本語訳
            ko | ko_KR | korean   | 한국어 번역
            """)
    void aReaderInJapaneseOrKoreanMeetsTheirLanguageEverywhere(String language, String openGraphLocale, String langid,
            String translationMark) {
        String description = jdbc.sql("""
                select description from development_translation
                where lang = :lang and development_id = (select id from development where slug = :slug)""")
                .param("lang", language).param("slug", STORYLINE).query(String.class).single();
        // The translator left the description empty: the storyline shows the English one, marked.
        jdbc.sql("""
                update development_translation set description = '' where lang = :lang
                and development_id = (select id from development where slug = :slug)""")
                .param("lang", language).param("slug", STORYLINE).update();
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            page.setViewportSize(1280, 900);

            page.navigate(url("/" + language + "/developments/" + STORYLINE));
            assertThat(page.locator("h1")).hasAttribute("lang", language);
            assertThat(page.locator(".lede")).hasAttribute("lang", "en");
            assertThat(page.locator(".lede")).not().isEmpty();
            assertThat(page.locator("#embed-code")).containsText("/" + language + "/embed?development=" + STORYLINE);
            LanguagesBrowserTests.assertDrawnInCjkFaces(page, language);
            Chromium.assertAccessible(page);
            screenshot(page, language + "-storyline");

            page.navigate(url("/" + language + "/events/" + EVENT));
            assertThat(page.locator("meta[property='og:locale']")).hasAttribute("content", openGraphLocale);
            assertThat(page.locator("meta[property='og:locale:alternate']")).hasCount(2);
            String card = page.locator("meta[property='og:image']").getAttribute("content");
            assertThat(card).endsWith("&lang=" + language);
            Response image = page.navigate(card);
            assertThat(image.status()).isEqualTo(200);
            assertThat(image.headerValue("content-type")).isEqualTo("image/png");
            assertThat(image.headerValue("etag")).isNotBlank();
            screenshot(page, language + "-card");

            page.navigate(url("/" + language + "/embed?actor=JP"));
            assertThat(page.locator("html")).hasAttribute("lang", language);
            assertThat(page.locator(".embed__more a")).hasAttribute("href", url("/" + language + "/?actor=JP"));
            LanguagesBrowserTests.assertDrawnInCjkFaces(page, language);
            Chromium.assertAccessible(page);
            screenshot(page, language + "-embed");

            APIResponse atom = page.request().get(url("/feed.atom?lang=" + language));
            assertThat(atom.headers()).containsEntry("content-language", language);
            assertThat(atom.text()).contains("xml:lang=\"" + language + "\"");
            APIResponse calendar = page.request().get(url("/calendar.ics?lang=" + language));
            assertThat(calendar.text()).contains("SUMMARY;LANGUAGE=" + language + ":", "DESCRIPTION;LANGUAGE=" + language + ":");
            APIResponse csv = page.request().get(url("/events.csv?lang=" + language));
            assertThat(csv.text()).contains(",independent publishers,language\r\n").contains("," + language + "\r\n");
            APIResponse timelineJs = page.request().get(url("/timelinejs.json?lang=" + language));
            assertThat(timelineJs.headers()).containsEntry("content-language", language);

            APIResponse byParameter = page.request().get(url("/api/v1/events/" + EVENT + "?lang=" + language));
            assertThat(byParameter.headers()).containsEntry("content-language", language);
            assertThat(byParameter.text()).contains("\"language\":\"" + language + "\"");
            APIResponse byHeader = page.request().get(url("/api/v1/developments/" + STORYLINE),
                    RequestOptions.create().setHeader("Accept-Language", language + ";q=0.9,en;q=0.5"));
            assertThat(byHeader.headers()).containsEntry("content-language", language);
            assertThat(byHeader.headers().get("vary")).contains("Accept-Language");
            assertThat(byHeader.text()).contains("\"language\":\"" + language + "\"", "\"descriptionLanguage\":\"en\"");

            APIResponse citation = page.request().get(url("/events/" + EVENT + "/cite.bib?lang=" + language));
            assertThat(citation.text()).contains("langid = {" + langid + "}", "/" + language + "/events/" + EVENT);

            jdbc.sql("""
                    update event_translation set title = title || ' ' where lang = :lang
                    and event_id = (select id from event where slug = :slug)""")
                    .param("lang", language).param("slug", EVENT).update();
            page.navigate(url("/" + language + "/changes"));
            assertThat(page.locator(".change").first().locator(".change-badge--translated")).hasText(translationMark);
            LanguagesBrowserTests.assertDrawnInCjkFaces(page, language);
            Chromium.assertAccessible(page);
            screenshot(page, language + "-changes");
        }
        finally {
            jdbc.sql("""
                    update development_translation set description = :description where lang = :lang
                    and development_id = (select id from development where slug = :slug)""")
                    .param("description", description).param("lang", language).param("slug", STORYLINE).update();
            jdbc.sql("""
                    update event_translation set title = rtrim(title) where lang = :lang
                    and event_id = (select id from event where slug = :slug)""")
                    .param("lang", language).param("slug", EVENT).update();
        }
    }

    private static void screenshot(Page page, String name) {
        Chromium.keepScreenshot(page, "language-audit-" + name + ".png");
    }

}
