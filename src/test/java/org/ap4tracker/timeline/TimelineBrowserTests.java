package org.ap4tracker.timeline;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.ReaderInChromium;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in a real browser: Debian's Chromium, driven by Playwright (whose own browser download is not
 * used). With -Dscreenshots=true the pages land in target/screenshots for a person to look at; Deque's axe
 * rules check that the pages work for people using assistive technology.
 */
@TrackerIntegrationTest
@BrowserTest
class TimelineBrowserTests extends ReaderInChromium {

    @Test
    void aReaderFollowsTheItppEventToItsNatoSource() {
        try (Page page = browser.newPage()) {
            page.navigate(url("/"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("NATO and Japan agree Individually Tailored Partnership Programme for 2023–2026")
                    .setExact(true)).click();

            assertThat(page).hasURL(url("/events/2023-07-12-nato-japan-itpp-agreed"));
            assertThat(page.locator("h1")).containsText("Individually Tailored Partnership Programme");
            assertThat(page.locator(".sources a[href='https://www.nato.int/cps/en/natolive/official_texts_217797.htm']"))
                    .isVisible();
        }
    }

    @Test
    void aReaderSearchesForWordsFoundOnlyInAQuoteAndInASourceTitle() {
        try (Page page = browser.newPage()) {
            page.navigate(url("/"));
            page.getByLabel("Search").fill("stubborn geography");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();

            assertThat(page).hasURL(Pattern.compile(".*[?&]q=stubborn\\+geography.*"));
            assertThat(page.locator(".entry")).hasCount(1);
            assertThat(page.locator(".entry__title")).containsText("Macron");
            assertThat(page.locator(".entry__excerpt mark")).hasText(new String[] {"geography", "stubborn"});

            page.getByLabel("Search").fill("unpredictable");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
            assertThat(page.locator(".entry")).hasCount(1);
            assertThat(page.locator(".entry__title")).containsText("Vilnius");
            assertThat(page.locator(".entry__excerpt")).containsText("unpredictable global security environment");
        }
    }

    @Test
    void aReaderFiltersTheTimelineWithTheFormAndSharesTheAddress() {
        try (Page page = browser.newPage()) {
            page.navigate(url("/"));
            // By role: the overview's marks and the active filters' chips are named after actors and types too.
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("France")).check();
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Statement")).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();

            assertThat(page).hasURL(Pattern.compile(".*[?&]actor=FR.*[&]type=STATEMENT.*"));
            assertThat(page.locator("h1")).hasText("Filtered timeline");
            assertThat(page.locator(".entry")).hasCount(3);
            for (int i = 0; i < 3; i++) {
                assertThat(page.locator(".entry").nth(i).locator(".chip",
                        new Locator.LocatorOptions().setHasText("France"))).isVisible();
            }

            page.navigate(page.url());
            assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("France"))).isChecked();
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {375, 1280})
    void pagesFitTheScreenFromPhoneToDesktop(int width) {
        try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, 900))) {
            for (String path : List.of("/", "/events/2023-07-12-nato-japan-itpp-agreed",
                    "/events/2023-05-04-china-criticises-tokyo-office-plan", "/developments/tokyo-liaison-office")) {
                page.navigate(url(path));
                int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                assertThat(scrollWidth).as("%s at %d px scrolls sideways", path, width).isLessThanOrEqualTo(width);
                String name = (path.equals("/") ? "timeline" : path.substring(1).replace('/', '_')) + "-" + width + ".png";
                Chromium.keepScreenshot(page, name);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/?type=PARADE&from=abc", "/events/2023-05-04-china-criticises-tokyo-office-plan",
            "/developments", "/developments/tokyo-liaison-office", "/actors/JP", "/about", "/changes", "/no/such/page"})
    void pagesPassTheAxeAccessibilityRules(String path) {
        // axe is injected through the DevTools protocol; the page's CSP would refuse it as an inline script.
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true));
                Page page = context.newPage()) {
            page.navigate(url(path));

            Chromium.assertAccessible(page);
        }
    }

}
