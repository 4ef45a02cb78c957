package org.ap4tracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.ReaderInChromium;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event page's JSON-LD in Chromium, under the site's content security policy ({@code script-src 'self'}):
 * a JSON-LD block is a data block, which the browser neither runs nor reports as a violation, and a title
 * made to close the script element stays data.
 */
@TrackerIntegrationTest
@BrowserTest
class JsonLdBrowserTests extends ReaderInChromium {

    private static final String TITLE = "</script><script>alert('jsonld')</script> NATO & <!-- partners";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void deleteTheEvent() {
        jdbc.sql("delete from event where slug = '2034-01-01-jsonld-browser'").update();
    }

    @Test
    void theJsonLdBlockIsReadAsDataWithoutAPolicyViolationOrAScriptRunning() {
        new TestEvents(jdbc).published("2034-01-01-jsonld-browser", LocalDate.of(2034, 1, 1), TITLE, "JP");
        try (Page page = browser.newPage()) {
            List<String> dialogs = new ArrayList<>();
            List<String> console = new ArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.onConsoleMessage(message -> console.add(message.text()));
            page.addInitScript("""
                    window.__violations = [];
                    document.addEventListener('securitypolicyviolation',
                        e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));""");

            page.navigate(url("/events/2034-01-01-jsonld-browser"));

            assertThat(page.evaluate("window.__violations.length")).isEqualTo(0);
            assertThat(console).noneMatch(text -> text.contains("Content Security Policy"));
            assertThat(dialogs).isEmpty();
            assertThat(page.evaluate("document.querySelectorAll('script:not([src^=\"/assets/js/\"])').length"))
                    .as("no script element but the JSON-LD block and the site's own script file").isEqualTo(1);
            assertThat(page.evaluate(
                    "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent).name"))
                    .isEqualTo(TITLE);
            assertThat(page.locator("h1").textContent()).isEqualTo(TITLE);
        }
    }
}
