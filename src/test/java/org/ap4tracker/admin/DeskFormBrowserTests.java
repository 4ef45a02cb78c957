package org.ap4tracker.admin;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.DeskInChromium;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event form as editors work it in Chromium, with the site's real content security policy: only the
 * keyboard, a failed save, and the same form with script switched off.
 */
@TrackerIntegrationTest
@BrowserTest
class DeskFormBrowserTests extends DeskInChromium {

    static final String PASSWORD = "desk form passphrase";
    static final String TITLE = "NATO and Australia open a joint cyber range";
    static final String SLUG = "2031-09-14-nato-and-australia-open-a-joint-cyber-range";

    @BeforeEach
    void createEditor() {
        createAccount("desk-form-editor", "Desk Form Editor", Role.EDITOR, PASSWORD);
    }

    @AfterEach
    void removeTheEvents() {
        jdbc.sql("delete from event where slug like '2031-09-14-%'").update();
    }

    @Test
    void anEditorAddsAnEventWithTwoSourcesUsingOnlyTheKeyboard() {
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            signIn(page);
            page.navigate(url("/admin/events/new"));

            tabTo(page, "title");
            page.keyboard().type(TITLE);
            tabTo(page, "summary");
            page.keyboard().type("A range where both train against cyber attacks together.");
            tabTo(page, "startDate");
            page.keyboard().type("2031-09-14");
            assertThat(page.locator(".date-preview__shown strong")).hasText("14 September 2031");
            tabTo(page, "type");
            page.keyboard().type("Agreement");
            tabTo(page, "actors1");
            page.keyboard().press("Space");
            tabTo(page, "sources0.title");
            page.keyboard().type("Australia and NATO open a cyber range");
            tabTo(page, "sources0.url");
            page.keyboard().type("https://example.org/au-range");
            page.evaluate("window.stayedOnThePage = true");
            tabTo(page, "add-source");
            page.keyboard().press("Enter");

            assertThat(page.locator("#source-2 legend")).hasText("Source 2");
            assertThat(focusedName(page)).isEqualTo("sources[1].title");
            assertThat(page.evaluate("window.stayedOnThePage === true")).isEqualTo(true);
            page.keyboard().type("NATO press release on the range");
            tabTo(page, "sources1.url");
            page.keyboard().type("https://example.org/nato-range");
            tabToButton(page, "Save and publish");
            page.keyboard().press("Enter");

            assertThat(page.locator(".flash")).hasText("\u201c" + TITLE + "\u201d published.");
            page.navigate(url("/events/" + SLUG));
            assertThat(page.locator(".sources li")).hasCount(2);
        }
    }

    @Test
    void afterAFailedSaveTheSummaryHasFocusAndItsFirstLinkLeadsToTheFirstWrongField() {
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            signIn(page);
            page.navigate(url("/admin/events/new"));
            page.fill("[name=summary]", "A summary without a title.");
            page.fill("[name=startDate]", "2031-09-14");
            page.locator("button[value=save]").first().click();

            assertThat(page.locator("#error-summary")).isFocused();
            assertThat(page.locator("#error-summary li").first()).hasText("Enter a title.");
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");

            assertThat(page.locator("#title")).isFocused();
            assertThat(page.locator("#title")).hasAttribute("aria-invalid", "true");
            page.keyboard().type(TITLE);
            assertThat(page.locator("#title")).hasValue(TITLE);
        }
    }

    @Test
    void withoutScriptAddingOrMovingASourceComesBackToThatRowAndTabEntersIt() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
                Page page = context.newPage()) {
            signIn(page);
            page.navigate(url("/admin/events/new"));
            page.fill("[name='sources[0].title']", "First");
            page.locator("#add-source").press("Enter");

            assertThat(page).hasURL(url("/admin/events#source-2"));
            page.waitForLoadState();
            assertThat(page.locator("#source-2 legend")).isInViewport();
            page.keyboard().press("Tab");
            assertThat(page.locator("[name='sources[1].title']")).isFocused();
            page.keyboard().type("Second");
            page.locator("#move-source-1-up").press("Enter");

            assertThat(page).hasURL(url("/admin/events#source-1"));
            page.waitForLoadState();
            assertThat(page.locator("#source-1 legend")).isInViewport();
            assertThat(page.locator("[name='sources[0].title']")).hasValue("Second");
            assertThat(page.locator("[name='sources[1].title']")).hasValue("First");
            page.keyboard().press("Tab");
            assertThat(page.locator("[name='sources[0].title']")).isFocused();
        }
    }

    @Test
    void anEditorPicksARelatedEventByTypingPartOfItsTitle() {
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            signIn(page);
            page.navigate(url("/admin/events/new"));

            tabTo(page, "related-picker");
            page.keyboard().type("nato vilnius sum");
            assertThat(page.locator("#related-picker-options [role=option]").first()).containsText("NATO Vilnius Summit");
            assertThat(page.locator("#related-picker")).hasAttribute("aria-expanded", "true");
            page.keyboard().press("ArrowDown");
            assertThat(page.locator("#related-picker")).hasAttribute("aria-activedescendant", "related-picker-option-0");
            page.keyboard().press("Enter");

            assertThat(page.locator("#related")).hasValue("2023-07-11-vilnius-summit");
            assertThat(page.locator("#related-picker")).hasAttribute("aria-expanded", "false");
            assertThat(page.locator("[data-target=related] [data-picker-status]")).hasText("Added NATO Vilnius Summit to the related events.");
            assertThat(page).hasURL(url("/admin/events/new"));
            Chromium.assertAccessible(page);
        }
    }

    @Test
    void anEditorPicksAnActorByTypingPartOfItsName() {
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            signIn(page);
            page.navigate(url("/admin/events/new"));
            assertThat(page.locator("#actors input[type=checkbox][value=JP]")).not().isChecked();

            tabTo(page, "actors-picker");
            page.keyboard().type("japa");
            assertThat(page.locator("#actors-picker-options [role=option]").first()).containsText("Japan");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");

            assertThat(page.locator("#actors input[type=checkbox][value=JP]")).isChecked();
            assertThat(page.locator("[data-target=actors] [data-picker-status]")).hasText("Ticked Japan.");
            assertThat(page.locator("#actors-picker")).isFocused();
            assertThat(page).hasURL(url("/admin/events/new"));
            Chromium.assertAccessible(page);
        }
    }

    @Test
    void anEditorPicksAStorylineAndATopicByTypingPartOfTheirNames() {
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            signIn(page);
            page.navigate(url("/admin/events/new"));
            assertThat(page.locator("select[name=development]")).hasValue("");

            tabTo(page, "development-picker");
            page.keyboard().type("liaison off");
            assertThat(page.locator("#development-picker-options [role=option]").first())
                    .containsText("NATO liaison office in Tokyo");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            assertThat(page.locator("select[name=development]")).hasValue("tokyo-liaison-office");
            assertThat(page.locator("[data-target=development] [data-picker-status]"))
                    .hasText("Chose the storyline NATO liaison office in Tokyo.");

            tabTo(page, "topics-picker");
            page.keyboard().type("MARITIME");
            assertThat(page.locator("#topics-picker-options [role=option]").first()).containsText("Maritime security");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            assertThat(page.locator("#topics input[type=checkbox][value=maritime-security]")).isChecked();
            assertThat(page.locator("[data-target=topics] [data-picker-status]")).hasText("Ticked Maritime security.");
            assertThat(page.locator("#topics-picker")).isFocused();
            assertThat(page).hasURL(url("/admin/events/new"));
            Chromium.assertAccessible(page);
        }
    }

    /** Presses Tab, as a keyboard user would, until the element with this id has focus. */
    private static void tabTo(Page page, String id) {
        for (int presses = 0; presses < 300 && !id.equals(page.evaluate("document.activeElement.id")); presses++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate("document.activeElement.id")).as("reached #%s by Tab", id).isEqualTo(id);
    }

    private static void tabToButton(Page page, String text) {
        for (int presses = 0; presses < 300 && !text.equals(page.evaluate(
                "document.activeElement.tagName === 'BUTTON' ? document.activeElement.textContent.trim() : ''")); presses++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate("document.activeElement.textContent.trim()")).isEqualTo(text);
    }

    private static Object focusedName(Page page) {
        return page.evaluate("document.activeElement.name");
    }

    private void signIn(Page page) {
        signIn(page, "desk-form-editor", PASSWORD);
    }
}
