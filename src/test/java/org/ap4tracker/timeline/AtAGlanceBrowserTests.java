package org.ap4tracker.timeline;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.sun.net.httpserver.HttpServer;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.ReaderInChromium;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline at a glance in Chromium: the overview's marks and axis, results first on a phone and from the
 * keyboard, dark mode, and /embed inside another site's frame. Every page type fits three widths in both colour
 * schemes; with -Dscreenshots=true their screenshots go to target/screenshots/at-a-glance.
 */
@TrackerIntegrationTest
@BrowserTest
class AtAGlanceBrowserTests extends ReaderInChromium {

    /** One page of each type, named for its screenshot. */
    static final List<String[]> PAGE_TYPES = List.of(
            new String[] {"timeline", "/"},
            new String[] {"timeline-filtered", "/?actor=JP&type=STATEMENT"},
            new String[] {"search", "/?q=liaison+office"},
            new String[] {"event", "/events/2023-07-12-nato-japan-itpp-agreed"},
            new String[] {"storylines", "/developments"},
            new String[] {"storyline", "/developments/tokyo-liaison-office"},
            new String[] {"actor", "/actors/JP"},
            new String[] {"changes", "/changes"},
            new String[] {"about", "/about"},
            new String[] {"embed", "/embed?actor=JP"},
            new String[] {"not-found", "/no/such/page"});

    @Test
    void theOverviewHasOneFocusableMarkPerEventShapedByTypeAndNamedByDateAndTitle() {
        try (Page page = browser.newPage()) {
            page.navigate(url("/"));

            assertThat(page.locator(".overview a.mk")).hasCount(page.locator(".entry").count());
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("after 2017: Opinion article says NATO–China dialogue halted after 2017").setExact(true))).hasCount(1);
            assertThat(page.locator(".overview a.mk.mk--summit path.mk__shape")).hasCount(4);
            assertThat(page.locator(".overview a.mk.mk--agreement path.mk__shape").first())
                    .hasAttribute("d", OverviewChart.Shapes.of(org.ap4tracker.events.EventType.AGREEMENT));

            // Arrow keys move between the marks, and a card tells what the focused one is.
            page.locator(".overview a.mk").first().focus();
            page.keyboard().press("ArrowRight");
            assertThat(page.locator(".overview__card")).isVisible();
            assertThat(page.locator(".overview__card")).containsText((String) page.evaluate(
                    "document.activeElement.getAttribute('aria-label')"));
        }
    }

    @Test
    void clickingAYearOnTheAxisNarrowsTheList() {
        try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900))) {
            page.navigate(url("/"));
            page.locator(".overview .axis__link[aria-label='Show 2020 to 2024']").click();

            assertThat(page).hasURL(Pattern.compile(".*[?&]from=2020&to=2024$"));
            assertThat(page.locator(".results-heading")).hasText("20 events from 2020 to 2024, newest first");
            assertThat(page.locator(".entry")).hasCount(20);
            assertThat(page.locator(".overview a.mk")).hasCount(20);
        }
    }

    @Test
    void onAPhoneTheFirstEventIsOnTheFirstScreenAndTheFiltersFoldAway() {
        try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(375, 812))) {
            page.navigate(url("/?actor=JP"));

            assertThat(page.locator(".filters")).not().isVisible();
            double titleBottom = page.locator(".entry__title").first().boundingBox().y
                    + page.locator(".entry__title").first().boundingBox().height;
            assertThat(titleBottom).as("bottom of the first event's title").isLessThanOrEqualTo(812);

            page.locator(".filters-panel__summary").click();
            assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Japan"))).isChecked();
        }
    }

    @Test
    void theKeyboardReachesTheFirstEventInTwoTabsThroughTheSkipLink() {
        try (Page page = browser.newPage()) {
            page.navigate(url("/"));

            page.keyboard().press("Tab");
            assertThat(page.locator(":focus")).hasText("Skip to the results");
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");

            assertThat(page.locator(":focus")).hasText(page.locator(".entry__title a").first().innerText());
        }
    }

    @Test
    void darkModeChangesTheColoursAndFocusStaysVisible() {
        try (BrowserContext light = browser.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT));
                BrowserContext dark = browser.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK));
                Page lightPage = light.newPage();
                Page darkPage = dark.newPage()) {
            lightPage.navigate(url("/"));
            darkPage.navigate(url("/"));

            String script = "getComputedStyle(document.body).backgroundColor";
            assertThat(lightPage.evaluate(script)).isEqualTo("rgb(251, 250, 247)");
            assertThat(darkPage.evaluate(script)).isEqualTo("rgb(20, 23, 27)");
            assertThat(darkPage.evaluate("getComputedStyle(document.querySelector('.overview a.mk--summit path')).fill"))
                    .isNotEqualTo(lightPage.evaluate("getComputedStyle(document.querySelector('.overview a.mk--summit path')).fill"));

            darkPage.keyboard().press("Tab");
            assertThat(darkPage.evaluate("getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"/, light", "/, dark", "/?actor=JP&type=STATEMENT, light", "/?actor=JP&type=STATEMENT, dark",
            "/?q=liaison+office, dark", "/events/2023-07-12-nato-japan-itpp-agreed, light",
            "/events/2023-07-12-nato-japan-itpp-agreed, dark", "/developments, dark",
            "/developments/tokyo-liaison-office, light", "/developments/tokyo-liaison-office, dark",
            "/actors/JP, light", "/actors/JP, dark", "/changes, dark", "/about, dark", "/embed?actor=JP, light",
            "/embed?actor=JP, dark", "/no/such/page, dark", "/?type=PARADE&from=abc, dark"})
    void everyPageTypePassesTheAxeRulesInBothColourSchemes(String path, String scheme) {
        // axe is injected through the DevTools protocol; the page's CSP would refuse it as an inline script.
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true)
                .setColorScheme(scheme.equals("dark") ? ColorScheme.DARK : ColorScheme.LIGHT));
                Page page = context.newPage()) {
            page.navigate(url(path));

            Chromium.assertAccessible(page);
        }
    }

    @Test
    void embedLoadsInsideAnotherSitesFrameWhileTheTimelineRefuses() throws IOException {
        // Another site: a second tiny server, on 127.0.0.1 where the tracker is addressed as localhost.
        HttpServer otherSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] hostPage = ("<!DOCTYPE html><title>News site</title>"
                + "<iframe name=embed src=\"" + url("/embed?actor=JP") + "\"></iframe>"
                + "<iframe name=timeline src=\"" + url("/?actor=JP") + "\"></iframe>").getBytes(StandardCharsets.UTF_8);
        otherSite.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, hostPage.length);
            exchange.getResponseBody().write(hostPage);
            exchange.close();
        });
        otherSite.start();
        try (Page page = browser.newPage()) {
            page.navigate("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/article");

            Frame embed = page.frame("embed");
            assertThat(embed.locator(".entry")).hasCount(12);
            assertThat(embed.locator(".overview a.mk")).hasCount(12);
            // The refused frame shows the browser's error page instead, and loses its name with it.
            List<Frame> others = page.frames().stream().filter(frame -> frame != page.mainFrame() && frame != embed)
                    .toList();
            assertThat(others).hasSize(1);
            assertThat(others.get(0).url()).doesNotContain("actor=JP");
            assertThat(others.get(0).locator(".entry")).hasCount(0);
        }
        finally {
            otherSite.stop(0);
        }
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({"375", "768", "1280"})
    void everyPageTypeFitsEachWidthInLightAndDark(int width) {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, 900).setColorScheme(scheme));
                    Page page = context.newPage()) {
                for (String[] type : PAGE_TYPES) {
                    page.navigate(url(type[1]));
                    int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                    assertThat(scrollWidth).as(() -> "%s at %d px scrolls sideways: %s".formatted(type[1], width,
                            page.evaluate("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect()"
                                    + ".right > innerWidth).slice(-5).map(e => e.tagName + '.' + e.className)")))
                            .isLessThanOrEqualTo(width);
                    Chromium.keepScreenshot(page, "at-a-glance/%s-%d-%s.png".formatted(type[0], width,
                            scheme.name().toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
    }

}
