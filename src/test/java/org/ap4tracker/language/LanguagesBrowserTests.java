package org.ap4tracker.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.DeskInChromium;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Japanese and Korean pages in a real Chromium: the timeline, an event and the desk each render every Japanese
 * or Korean character in a CJK face (Chromium reports, through DevTools' CSS.getPlatformFontsForNode, which
 * installed font drew each piece of text; a character no CJK font covers would come from some other fallback
 * font, or be drawn as an empty box, and fail here) and pass axe; -Dscreenshots=true keeps them in target/screenshots.
 */
@TrackerIntegrationTest
@BrowserTest
class LanguagesBrowserTests extends DeskInChromium {

    static final String PASSWORD = "language browser passphrase";
    static final Pattern CJK = Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]");
    static final Pattern OWN_LANG = Pattern.compile("^<[^>]*\\slang=\"([a-z]+)\"");
    static final String TEXT_ELEMENTS = "h1, h2, p, a, li, dt, dd, label, button, th, td, legend, summary, time";

    @BeforeEach
    void createEditor() {
        createAccount("language-editor", "Language Editor", Role.EDITOR, PASSWORD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | NATOとアジア太平洋：年表 | サインイン | ダッシュボード
            ko | NATO와 아시아·태평양: 타임라인 | 로그인 | 대시보드
            """)
    void japaneseAndKoreanPagesDrawEveryCharacterInACjkFaceAndPassAxe(String language, String timelineHeading,
            String signIn, String dashboard) {
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            page.setViewportSize(1280, 900);

            page.navigate(url("/" + language + "/"));
            assertThat(page.locator("h1")).hasText(timelineHeading);
            assertDrawnInCjkFaces(page, language);
            Chromium.assertAccessible(page);
            screenshot(page, language + "-timeline");

            page.navigate(url("/" + language + "/events/2023-07-12-nato-japan-itpp-agreed"));
            assertThat(page.locator("html")).hasAttribute("lang", language);
            assertDrawnInCjkFaces(page, language);
            Chromium.assertAccessible(page);
            screenshot(page, language + "-event");

            page.navigate(url("/" + language + "/admin"));
            page.fill("#username", "language-editor");
            page.fill("#password", PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(signIn)).click();
            assertThat(page.locator("h1")).hasText(dashboard);
            assertThat(page).hasURL(url("/" + language + "/admin"));
            assertDrawnInCjkFaces(page, language);
            Chromium.assertAccessible(page);
            screenshot(page, language + "-desk");
        }
    }

    /**
     * Every element with Japanese or Korean text was drawn with Noto CJK for its language only (the page's, or
     * its own lang, as the language switch's names have).
     */
    static void assertDrawnInCjkFaces(Page page, String language) {
        // A click that signs in returns once the next page starts; the nodes asked about below must be the
        // finished page's (DevTools once answered "Could not find node with given id" for the dashboard).
        page.waitForLoadState(LoadState.NETWORKIDLE);
        CDPSession devTools = page.context().newCDPSession(page);
        devTools.send("DOM.enable");
        devTools.send("CSS.enable");
        JsonObject documentParams = new JsonObject();
        documentParams.addProperty("depth", 0);
        int root = devTools.send("DOM.getDocument", documentParams).getAsJsonObject("root").get("nodeId").getAsInt();
        JsonObject query = new JsonObject();
        query.addProperty("nodeId", root);
        query.addProperty("selector", TEXT_ELEMENTS);
        JsonArray nodes = devTools.send("DOM.querySelectorAll", query).getAsJsonArray("nodeIds");

        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (JsonElement node : nodes) {
            JsonObject ask = new JsonObject();
            ask.addProperty("nodeId", node.getAsInt());
            JsonObject html = new JsonObject();
            html.addProperty("nodeId", node.getAsInt());
            String markup = devTools.send("DOM.getOuterHTML", html).get("outerHTML").getAsString();
            if (!CJK.matcher(markup).find()) {
                continue;
            }
            Matcher ownLanguage = OWN_LANG.matcher(markup);
            String face = (ownLanguage.find() ? ownLanguage.group(1) : language).equals("ko") ? "CJK KR" : "CJK JP";
            for (JsonElement font : devTools.send("CSS.getPlatformFontsForNode", ask).getAsJsonArray("fonts")) {
                String family = font.getAsJsonObject().get("familyName").getAsString();
                checked.add(family);
                if (!family.contains(face)) {
                    wrong.add(family + " in " + markup.substring(0, Math.min(120, markup.length())));
                }
            }
        }
        devTools.detach();
        assertThat(checked).as("fonts drawing %s text on %s", language, page.url()).isNotEmpty();
        assertThat(wrong).as("text on %s not drawn in the Noto CJK face of its language", page.url()).isEmpty();
    }

    private void screenshot(Page page, String name) {
        Chromium.keepScreenshot(page, "language-" + name + ".png");
    }
}
