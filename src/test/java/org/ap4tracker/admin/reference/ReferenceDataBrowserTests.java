package org.ap4tracker.admin.reference;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ap4tracker.accounts.Accounts;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.TestHistory;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor at the storyline, actor and topic screens in a real browser (Debian's Chromium): the screens fit
 * a 375 px phone, pass Deque's axe rules, and two editors saving the same storyline get the conflict
 * message. The editor's account and whatever the tests save are removed afterwards.
 */
@TrackerIntegrationTest
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceDataBrowserTests {

    private static final String EDITOR = "browser-editor";
    private static final String SECOND_EDITOR = "browser-editor-2";
    private static final String PASSWORD = "a long passphrase for the browser test";
    private static final String STORYLINE = "browser-test-storyline";

    Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void useTheSharedChromiumAndCreateEditors(Browser shared) {
        browser = shared;
        accounts.create(EDITOR, "Browser Editor", Role.EDITOR, PASSWORD);
        accounts.create(SECOND_EDITOR, "Second Browser Editor", Role.EDITOR, PASSWORD);
    }

    @AfterAll
    void removeEditors() {
        List<String> usernames = List.of(EDITOR, SECOND_EDITOR);
        jdbc.sql("delete from spring_session where principal_name in (:names)").param("names", usernames).update();
        jdbc.sql("delete from audit_log where username in (:names) or (entity_type = 'user' and entity_key in (:names))")
                .param("names", usernames).update();
        jdbc.sql("delete from app_user where username in (:names)").param("names", usernames).update();
    }

    @AfterEach
    void removeWhatTheTestsSaved() {
        TestHistory.deleteStoryline(jdbc, STORYLINE);
        jdbc.sql("delete from topic where slug = 'browser-test-topic'").update();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/admin/developments", "/admin/developments/new", "/admin/developments/tokyo-liaison-office",
            "/admin/developments/tokyo-liaison-office/history", "/admin/actors", "/admin/actors/new", "/admin/actors/JP",
            "/admin/topics", "/admin/topics/new", "/admin/topics/cyber-defence"})
    void screensFitAPhoneAndPassTheAxeRules(String path) {
        try (BrowserContext context = signedIn(EDITOR, 375)) {
            Page page = context.newPage();
            page.navigate(url(path));

            assertThat(page.locator("main h1")).isVisible();
            Chromium.assertFitsAndAccessible(page, path.substring(1).replace('/', '_') + "-375.png");
        }
    }

    @Test
    void aFormWithMistakesShowsEachMessageNextToItsFieldOnAPhone() {
        try (BrowserContext context = signedIn(EDITOR, 375)) {
            Page page = context.newPage();
            page.navigate(url("/admin/developments/new"));
            page.getByLabel("Address (slug)").fill("Not A Slug");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create storyline")).click();

            assertThat(page.locator(".form-error")).isVisible();
            assertThat(page.locator(".field.has-error")).hasCount(2);
            assertThat(page.locator("#slug-error")).hasText(
                    "Use lower-case letters, digits and single hyphens between them, e.g. tokyo-liaison-office.");
            assertThat(page.locator("#title-error")).hasText("Enter a title.");
            assertThat(page.getByLabel("Address (slug)")).hasValue("Not A Slug");
            Chromium.assertFitsAndAccessible(page, "admin_developments_new-errors-375.png");
        }
    }

    @Test
    void anEditorCreatesATopicAndSeesTheConfirmation() {
        try (BrowserContext context = signedIn(EDITOR, 1280)) {
            Page page = context.newPage();
            page.navigate(url("/admin/topics"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New topic")).click();
            page.getByLabel("Address (slug)").fill("browser-test-topic");
            page.getByLabel("Label").fill("Browser test topic");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create topic")).click();

            assertThat(page).hasURL(url("/admin/topics"));
            assertThat(page.locator(".flash")).hasText("Topic “Browser test topic” created.");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Browser test topic").setExact(true)))
                    .isVisible();
        }
    }

    @Test
    void theSecondEditorToSaveAStorylineSeesWhatTheFirstChanged() {
        try (BrowserContext first = signedIn(EDITOR, 1280); BrowserContext second = signedIn(SECOND_EDITOR, 375)) {
            Page creating = first.newPage();
            creating.navigate(url("/admin/developments/new"));
            creating.getByLabel("Address (slug)").fill(STORYLINE);
            creating.getByLabel("Title").fill("Storyline for the browser test");
            creating.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create storyline")).click();
            assertThat(creating.locator(".flash")).hasText("Storyline “Storyline for the browser test” created.");

            Page mine = second.newPage();
            mine.navigate(url("/admin/developments/" + STORYLINE));
            Page theirs = first.newPage();
            theirs.navigate(url("/admin/developments/" + STORYLINE));
            theirs.getByLabel("Status").selectOption("AGREED");
            theirs.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(theirs.locator(".flash")).hasText("Storyline “Storyline for the browser test” saved.");

            mine.getByLabel("Title").fill("My title for the storyline");
            mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

            assertThat(mine.locator(".conflict h2")).hasText("Someone else saved this storyline after you opened it");
            assertThat(mine.locator(".conflict p")).containsText(EDITOR + " saved this storyline at");
            assertThat(mine.locator(".conflict .diff tbody tr")).hasText(
                    Pattern.compile("Status\\s*Proposed\\s*Agreed"));
            assertThat(mine.getByLabel("Title")).hasValue("My title for the storyline");
            Chromium.assertFitsAndAccessible(mine, "admin_developments_conflict-375.png");
        }
    }

    @Test
    void anUnknownStorylineShowsTheNotFoundPage() {
        try (BrowserContext context = signedIn(EDITOR, 1280)) {
            Page page = context.newPage();
            var response = page.navigate(url("/admin/developments/no-such-storyline"));

            assertThat(response.status()).isEqualTo(404);
            assertThat(page.locator("h1")).hasText("Page not found");
        }
    }

    /** A browser context signed in as {@code username}, CSP bypassed so that axe can be injected. */
    private BrowserContext signedIn(String username, int width) {
        return Chromium.signedIn(browser, url("/admin/topics"), username, PASSWORD, width);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
