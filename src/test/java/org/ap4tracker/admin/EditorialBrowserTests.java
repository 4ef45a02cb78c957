package org.ap4tracker.admin;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.DeskInChromium;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors in a real browser (Debian's Chromium through Playwright): signing in, writing an event with two
 * sources and a statement without any JavaScript, publishing it, and two editors saving the same event.
 */
@TrackerIntegrationTest
@BrowserTest
class EditorialBrowserTests extends DeskInChromium {

    static final String PASSWORD = "browser test passphrase";
    static final String TITLE = "NATO and New Zealand sign a cyber defence arrangement";
    static final String SLUG = "2031-08-20-nato-and-new-zealand-sign-a-cyber-defence-arrangement";

    @BeforeEach
    void createAccounts() {
        createAccount("browser-editor", "Browser Editor", Role.EDITOR, PASSWORD);
        createAccount("browser-other", "Other Editor", Role.EDITOR, PASSWORD);
        createAccount("browser-admin", "Browser Admin", Role.ADMIN, PASSWORD);
    }

    @AfterEach
    void removeTheEvents() {
        jdbc.sql("delete from event where slug like '2031-08-20-%'").update();
    }

    @Test
    void anEditorWritesAndPublishesAnEventThatReadersThenFindOnTheTimeline() {
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            signIn(page, "browser-editor");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New event")).first().click();

            page.fill("[name=title]", TITLE);
            page.fill("[name=summary]", "The two sign an arrangement on sharing cyber threat information.");
            page.fill("[name=startDate]", "2031-08-20");
            page.selectOption("[name=type]", "AGREEMENT");
            page.check("input[name=actors][value=NZ]");
            page.check("input[name=actors][value=NATO]");
            page.fill("[name='sources[0].title']", "NATO and New Zealand strengthen cyber cooperation");
            page.fill("[name='sources[0].url']", "https://example.org/nato-nz-cyber");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a source")).click();
            page.fill("[name='sources[1].title']", "New Zealand Ministry of Defence statement");
            page.fill("[name='sources[1].url']", "https://example.org/nz-mod");
            page.fill("[name='statements[0].speaker']", "A New Zealand minister");
            page.selectOption("[name='statements[0].actor']", "NZ");
            page.selectOption("[name='statements[0].stance']", "SUPPORTIVE");
            page.fill("[name='statements[0].quote']", "This deepens a partnership that matters to both of us.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and publish")).first().click();

            assertThat(page.locator(".flash")).hasText("\u201c" + TITLE + "\u201d published.");
            page.navigate(url("/"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE).setExact(true)).click();
            assertThat(page.locator(".sources li")).hasCount(2);
            assertThat(page.locator("main")).containsText("This deepens a partnership that matters to both of us.");
        }
    }

    @Test
    void theSecondEditorToSaveSeesWhatTheFirstChangedAndLosesNothing() {
        try (BrowserContext first = browser.newContext(); BrowserContext second = browser.newContext();
                Page mine = first.newPage(); Page theirs = second.newPage()) {
            signIn(mine, "browser-editor");
            mine.navigate(url("/admin/events/new"));
            mine.fill("[name=title]", TITLE);
            mine.fill("[name=summary]", "First summary.");
            mine.fill("[name=startDate]", "2031-08-20");
            mine.selectOption("[name=type]", "AGREEMENT");
            mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).first().click();
            assertThat(mine).hasURL(url("/admin/events/" + SLUG));

            signIn(theirs, "browser-other");
            theirs.navigate(url("/admin/events/" + SLUG));
            theirs.fill("[name=location]", "Wellington, New Zealand");
            theirs.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).first().click();
            assertThat(theirs.locator(".flash")).containsText("saved");

            mine.fill("[name=summary]", "My improved summary.");
            mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).first().click();

            assertThat(mine.locator(".conflict")).containsText("Someone else saved this event after you opened it");
            assertThat(mine.locator(".conflict")).containsText("browser-other");
            assertThat(mine.locator(".conflict .diff")).containsText("Wellington, New Zealand");
            assertThat(mine.locator("[name=summary]")).hasValue("My improved summary.");
            assertThat(jdbc.sql("select summary from event where slug = :slug").param("slug", SLUG)
                    .query(String.class).single()).isEqualTo("First summary.");
        }
    }

    @ParameterizedTest(name = "{0} px wide, {1} colour scheme")
    @CsvSource({"375, LIGHT", "1280, LIGHT", "375, DARK", "1280, DARK"})
    void adminPagesFitTheScreenAndPassTheAxeRules(int width, ColorScheme scheme) {
        String suffix = scheme == ColorScheme.DARK ? "-dark" : "";
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 900).setColorScheme(scheme).setBypassCSP(true)); Page page = context.newPage()) {
            signIn(page, "browser-admin");
            page.navigate(url("/admin/events/new"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).first().click();
            assertThat(page.locator(".form-error").first()).isVisible();
            Chromium.assertFitsAndAccessible(page, "admin-event-form-errors" + suffix + "-" + width + ".png");
            String itpp = "/admin/events/2023-07-12-nato-japan-itpp-agreed";
            for (String path : List.of("/admin", "/admin/events", itpp, itpp + "/history", itpp + "/withdraw",
                    itpp + "/unpublish", "/admin/users", "/admin/users/new", "/admin/account", "/admin/audit",
                    "/admin/developments", "/admin/actors", "/admin/topics", "/admin/links", "/admin/tokens",
                    itpp + "/pictures", itpp + "/translations/ja", "/admin/imports")) {
                page.navigate(url(path));
                String name = path.substring(1).replace('/', '_') + suffix;
                Chromium.assertFitsAndAccessible(page, name + "-" + width + ".png");
            }
        }
        try (BrowserContext signedOut = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 900).setColorScheme(scheme).setBypassCSP(true)); Page page = signedOut.newPage()) {
            page.navigate(url("/login"));
            assertThat(page.locator("#password")).hasCSS("border-top-style", "solid");
            Chromium.assertFitsAndAccessible(page, "login" + suffix + "-" + width + ".png");
        }
    }


    private void signIn(Page page, String username) {
        signIn(page, username, PASSWORD);
    }
}
