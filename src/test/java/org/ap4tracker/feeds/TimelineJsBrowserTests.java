package org.ap4tracker.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.ReaderInChromium;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TimelineJS export loaded into Knight Lab's own TimelineJS3 viewer in Chromium. The viewer's files come
 * from the test resources (no WebJar of it exists) and are handed to the browser by Playwright; nothing is
 * fetched from the network.
 */
@TrackerIntegrationTest
@BrowserTest
class TimelineJsBrowserTests extends ReaderInChromium {

    private static final String VIEWER_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>AP4 Tracker in TimelineJS</title>
              <link rel="stylesheet" href="/test-viewer/timeline.css">
              <script src="/test-viewer/timeline.js"></script>
            </head>
            <body>
              <div id="timeline-embed" style="width: 1200px; height: 650px"></div>
              <script>
                fetch('/timelinejs.json' + location.search)
                  .then(response => response.json())
                  .then(data => { window.viewer = new TL.Timeline('timeline-embed', data); });
              </script>
            </body>
            </html>
            """;

    @Test
    void theViewerShowsEverySlideAndMarker() {
        try (BrowserContext context = viewerContext()) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);

            page.navigate(origin() + "/test-viewer/index.html");
            page.waitForFunction("document.querySelectorAll('.tl-timemarker').length >= 29");

            assertThat(page.locator(".tl-timemarker").count()).isEqualTo(29);
            // Fourteen event slides and the title slide.
            assertThat(page.locator(".tl-slide").count()).isEqualTo(30);
            assertThat(page.locator(".tl-slide-titleslide .tl-headline").textContent()).isEqualTo("AP4 Tracker");
            assertThat(page.locator(".tl-headline a").allTextContents()).contains("NATO Vilnius Summit",
                    "Proposal for a NATO liaison office in Tokyo shared among allies");
            assertThat(page.locator(".tl-headline-date").allTextContents())
                    .contains("11\u201312 July 2023", "mid-April 2023", "after 2017", "c. 2023");
            assertThat(page.locator(".tl-timegroup-message").allTextContents())
                    .contains("NATO liaison office in Tokyo", "Asia-Pacific partners at NATO summits");
            assertThat(page.locator(".tl-headline a").filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^NATO Vilnius Summit$")))
                    .getAttribute("href")).isEqualTo(origin() + "/events/2023-07-11-vilnius-summit");

            // TimelineJS keeps the slug as the slide's id, so a link to a slide stays the same.
            Object vilnius = page.evaluate("window.viewer.config.events.find(e => e.text.headline.includes('>NATO Vilnius Summit<')).unique_id");
            assertThat(vilnius).isEqualTo("2023-07-11-vilnius-summit");
            page.evaluate("id => window.viewer.goToId(id)", vilnius);
            // The slider has arrived when the slide's headline is wholly on screen.
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".tl-headline a")
                    .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^NATO Vilnius Summit$"))))
                    .isInViewport(new com.microsoft.playwright.assertions.LocatorAssertions.IsInViewportOptions().setRatio(1));
            Chromium.keepScreenshot(page, "timelinejs-vilnius.png");
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void aFilteredExportShowsOnlyItsEvents() {
        try (BrowserContext context = viewerContext()) {
            Page page = context.newPage();
            page.navigate(origin() + "/test-viewer/index.html?actor=JP&type=SUMMIT");
            page.waitForFunction("document.querySelectorAll('.tl-timemarker').length > 0");

            assertThat(page.locator(".tl-timemarker").count()).isEqualTo(4);
            assertThat(page.locator(".tl-slide-titleslide .tl-headline").textContent())
                    .isEqualTo("AP4 Tracker: Japan, summits");
        }
    }

    /** The viewer page and its files come from the test; the export from the app; anything else is refused. */
    private BrowserContext viewerContext() {
        BrowserContext context = browser.newContext();
        context.route("**/*", route -> {
            String url = route.request().url();
            if (url.startsWith(origin() + "/test-viewer/")) {
                serveViewer(route, url.substring((origin() + "/test-viewer/").length()).replaceAll("\\?.*", ""));
            }
            else if (url.startsWith(origin() + "/")) {
                route.resume();
            }
            else {
                route.abort();
            }
        });
        return context;
    }

    private static void serveViewer(Route route, String file) {
        switch (file) {
            case "index.html" -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                    .setContentType("text/html;charset=UTF-8").setBody(VIEWER_PAGE));
            case "timeline.js" -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                    .setContentType("text/javascript").setBodyBytes(resource("timeline.js")));
            case "timeline.css" -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                    .setContentType("text/css").setBodyBytes(resource("timeline.css")));
            default -> route.fulfill(new Route.FulfillOptions().setStatus(404));
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = TimelineJsBrowserTests.class.getResourceAsStream("/timelinejs/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private String origin() {
        return url("");
    }
}
