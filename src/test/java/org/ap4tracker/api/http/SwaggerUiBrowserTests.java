package org.ap4tracker.api.http;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A client developer opens the API documentation in Debian's Chromium, under the site's security headers. */
@TrackerIntegrationTest
@BrowserTest
class SwaggerUiBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void swaggerUiShowsEveryEndpointWithoutBreakingTheContentSecurityPolicy(Browser browser) {
        try (Page page = browser.newPage()) {
            List<String> console = new ArrayList<>();
            page.onConsoleMessage(message -> console.add(message.text()));

            page.navigate("http://localhost:" + port + "/swagger-ui.html");

            // The first document springdoc generates can take tens of seconds on a busy machine.
            assertThat(page.locator(".info .title")).containsText("AP4 Tracker API",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
            // Eight reads and six writes.
            assertThat(page.locator(".opblock-summary-path")).hasCount(14);
            assertThat(page.locator(".opblock-summary-path").allTextContents()).contains("/api/v1/events",
                    "/api/v1/events/{slug}", "/api/v1/changes", "/api/v1/developments", "/api/v1/developments/{slug}",
                    "/api/v1/actors", "/api/v1/topics", "/api/v1/desk/events", "/api/v1/events/{slug}/publish",
                    "/api/v1/events/{slug}/unpublish", "/api/v1/events/{slug}/withdraw");
            assertThat(page.locator(".auth-wrapper .authorize")).isVisible();
            Chromium.keepScreenshot(page, "swagger-ui.png");
            assertThat(console).noneMatch(text -> text.contains("Content Security Policy"));
        }
    }
}
