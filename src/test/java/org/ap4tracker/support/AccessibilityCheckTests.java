package org.ap4tracker.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accessibility check every browser test relies on ({@link Chromium#assertAccessible}) finds what it should:
 * a page that breaks the rules fails it, including inside a frame, and names the rule and the element; a page
 * that fails a check is kept as a screenshot for the person who reads the failure.
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
    void aPageThatScrollsSidewaysFailsAndIsKeptAsAScreenshot(Browser browser) throws IOException {
        Path kept = Chromium.SCREENSHOTS.resolve("accessibility-check-too-wide.png");
        Files.deleteIfExists(kept);
        try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(375, 600))) {
            page.setContent(HEAD + "<h1>Wide</h1><p style=\"width:900px\">A line that does not wrap.</p>"
                    + "</main></body></html>");

            assertThatThrownBy(() -> Chromium.assertFitsAndAccessible(page, kept.getFileName().toString()))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("scrolls sideways");
        }
        assertThat(kept).isNotEmptyFile();
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
