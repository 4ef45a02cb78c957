package org.ap4tracker.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accessibility check every browser test relies on ({@link Chromium#assertAccessible}) finds what it should:
 * a page that breaks the rules fails it, including inside a frame, and names the rule and the element.
 */
@BrowserTest
class AccessibilityCheckTests {

    private static final String HEAD = "<!DOCTYPE html><html lang=en><head><title>Check</title></head><body><main>";

    @Test
    void aPageWithAnUnlabelledImageAndFaintTextFailsNamingBoth(Browser browser) {
        try (Page page = browser.newPage()) {
            page.setContent(HEAD + "<h1>Events</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
                    + "<p style=\"color:#bbb;background:#fff\">Hard to read</p></main></body></html>");

            assertThatThrownBy(() -> Chromium.assertAccessible(page))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt")
                    .hasMessageContaining("color-contrast")
                    .hasMessageContaining("img");
        }
    }

    @Test
    void aFrameOnThePageIsCheckedToo(Browser browser) {
        try (Page page = browser.newPage()) {
            page.setContent(HEAD + "<h1>Embedded</h1><iframe title=\"Embedded timeline\" srcdoc=\"" + "&lt;!DOCTYPE html>"
                    + "&lt;html lang=en>&lt;title>Inner&lt;/title>&lt;main>&lt;input type=text>&lt;/main>\">"
                    + "</iframe></main></body></html>");

            assertThatThrownBy(() -> Chromium.assertAccessible(page))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("label");
        }
    }

    @Test
    void aPageThatKeepsTheRulesPasses(Browser browser) {
        try (Page page = browser.newPage()) {
            page.setContent(HEAD + "<h1>Events</h1><p>Readable text.</p><label>Search <input type=search></label>"
                    + "</main></body></html>");

            Chromium.assertAccessible(page);
        }
    }
}
