package org.ap4tracker.api;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A client developer opens the API documentation in Debian's Chromium, under the site's security headers. */
@TrackerIntegrationTest
class SwaggerUiBrowserTests {

    private static final Path CHROMIUM = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));

    @LocalServerPort
    int port;

    @Test
    void swaggerUiShowsEveryEndpointWithoutBreakingTheContentSecurityPolicy() {
        try (Playwright playwright = Playwright.create();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync")));
                Page page = browser.newPage()) {
            List<String> console = new ArrayList<>();
            page.onConsoleMessage(message -> console.add(message.text()));

            page.navigate("http://localhost:" + port + "/swagger-ui.html");

            assertThat(page.locator(".info .title")).containsText("AP4 Tracker API");
            // Eight reads and six writes.
            assertThat(page.locator(".opblock-summary-path")).hasCount(14);
            assertThat(page.locator(".opblock-summary-path").allTextContents()).contains("/api/v1/events",
                    "/api/v1/events/{slug}", "/api/v1/changes", "/api/v1/developments", "/api/v1/developments/{slug}",
                    "/api/v1/actors", "/api/v1/topics", "/api/v1/desk/events", "/api/v1/events/{slug}/publish",
                    "/api/v1/events/{slug}/unpublish", "/api/v1/events/{slug}/withdraw");
            assertThat(page.locator(".auth-wrapper .authorize")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "swagger-ui.png"))
                    .setFullPage(true));
            assertThat(console).noneMatch(text -> text.contains("Content Security Policy"));
        }
    }
}
