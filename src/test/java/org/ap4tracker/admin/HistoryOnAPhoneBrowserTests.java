package org.ap4tracker.admin;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.DeskInChromium;
import org.ap4tracker.support.TestHistory;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Histories as an editor reads them on a phone, in Chromium: a storyline the editor creates and rewrites, and
 * a seeded event's history. Labels instead of codes, and no word is ever split across two lines unless it is
 * too long for a line of its own (an address, say).
 */
@TrackerIntegrationTest
@BrowserTest
class HistoryOnAPhoneBrowserTests extends DeskInChromium {

    static final String PASSWORD = "history phone passphrase";
    static final String EDITOR = "history-phone-editor";
    static final String SLUG = "history-phone-storyline";

    /**
     * Words of the diff cells that the browser laid out on more than one line. A line may end after a hyphen,
     * dash or slash, as typesetters allow ("2023–" / "2026"), so those end a word here; and a run of text wider
     * than a phone's line (an address, say) has to break somewhere, so it is left out.
     */
    static final String BROKEN_WORDS = """
            () => {
              const lines = (node, from, to) => {
                const range = document.createRange();
                range.setStart(node, from);
                range.setEnd(node, to);
                const boxes = [...range.getClientRects()].filter(box => box.width > 0);
                return {count: new Set(boxes.map(box => Math.round(box.top))).size,
                        width: boxes.reduce((sum, box) => sum + box.width, 0)};
              };
              const broken = [];
              for (const cell of document.querySelectorAll('.diff--words td')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (const token of node.data.matchAll(/\\S+/g)) {
                    if (lines(node, token.index, token.index + token[0].length).width > 300) {
                      continue;
                    }
                    for (const word of token[0].matchAll(/[^\\-\\u2010-\\u2015\\/]+[\\-\\u2010-\\u2015\\/]*/g)) {
                      const from = token.index + word.index;
                      if (lines(node, from, from + word[0].length).count > 1) {
                        broken.push(word[0]);
                      }
                    }
                  }
                }
              }
              return broken;
            }""";

    @BeforeEach
    void createEditor() {
        createAccount(EDITOR, "History Phone Editor", Role.EDITOR, PASSWORD);
    }

    @AfterEach
    void removeWhatTheTestMade() {
        TestHistory.deleteStoryline(jdbc, SLUG);
        jdbc.sql("delete from audit_log where entity_type = 'development' and entity_key = :slug")
                .param("slug", SLUG).update();
    }

    @Test
    void aStorylinesAndAnEventsHistoryReadInLabelsAndWholeWordsAt375Pixels() {
        try (BrowserContext context = signedIn("/admin/developments/new", EDITOR, PASSWORD, 375);
                Page page = context.newPage()) {
            page.navigate(url("/admin/developments/new"));
            page.fill("[name=slug]", SLUG);
            page.fill("[name=title]", "Interoperability of Indo-Pacific partners");
            page.fill("[name=description]", "Partners discuss interoperability arrangements for maritime surveillance.");
            page.selectOption("[name=status]", "PROPOSED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create storyline")).click();
            assertThat(page.locator(".flash")).containsText("created");

            page.navigate(url("/admin/developments/" + SLUG));
            page.fill("[name=description]", "Partners negotiate interoperability arrangements for maritime "
                    + "surveillance and cyberdefence exercises.");
            page.selectOption("[name=status]", "NEGOTIATING");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
            assertThat(page.locator(".flash")).containsText("saved");

            page.navigate(url("/admin/developments/" + SLUG + "/history"));
            assertThat(page.locator(".revision").first().locator(".diff--words tbody tr")).hasCount(2);
            assertThat(page.locator(".revision").first().locator("del")).hasText(new String[] {"discuss", "surveillance.", "Proposed"});
            assertThat(page.locator(".revision").first().locator("ins"))
                    .hasText(new String[] {"negotiate", "surveillance and cyberdefence exercises.", "Negotiating"});
            assertThat(page.locator("main")).not().containsText("NEGOTIATING");
            assertWholeWordsFittingAndAccessible(page, "admin_developments_history");

            page.navigate(url("/admin/events/2023-07-12-nato-japan-itpp-agreed/history"));
            assertWholeWordsFittingAndAccessible(page, "admin_events_history-words");
        }
    }

    /** At 375 px in light and dark, then 1280 px: no word split, no sideways scrolling, axe clean. */
    private static void assertWholeWordsFittingAndAccessible(Page page, String name) {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            String suffix = scheme == ColorScheme.DARK ? "-dark" : "";
            for (int width : List.of(375, 1280)) {
                page.setViewportSize(width, 900);
                assertThat(page.evaluate(BROKEN_WORDS)).as("words split across lines at %d px", width)
                        .isEqualTo(List.of());
                Chromium.assertFitsAndAccessible(page, name + suffix + "-" + width + ".png");
            }
        }
        page.setViewportSize(375, 900);
    }
}
