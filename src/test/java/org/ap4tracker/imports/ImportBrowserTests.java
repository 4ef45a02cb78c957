package org.ap4tracker.imports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.FilePayload;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.DeskInChromium;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An editor imports a TimelineJS sheet in Chromium, on a phone-sized screen: the dry run finds a bad row,
 * the report says which and why, the fixed sheet checks clean and is written as drafts. The pages fit
 * 375 px and pass Deque's axe rules.
 */
@TrackerIntegrationTest
@BrowserTest
class ImportBrowserTests extends DeskInChromium {

    private static final String EDITOR = "import-browser-editor";
    private static final String PASSWORD = "a long passphrase for the import test";
    private static final String HEADER = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,"
            + "Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n";

    @BeforeEach
    void createEditor() {
        createAccount(EDITOR, "Import Browser Editor", Role.EDITOR, PASSWORD);
    }

    @AfterEach
    void removeWhatTheTestMade() {
        jdbc.sql("delete from event where slug like '2031-%'").update();
        jdbc.sql("delete from audit_log where username = :name").param("name", EDITOR).update();
        jdbc.sql("delete from import_job where created_by = :name").param("name", EDITOR).update();
    }

    @Test
    void anEditorImportsASheetFixesTheBadRowTheDryRunFoundAndWritesTheDrafts() {
        try (BrowserContext context = signedIn(375)) {
            Page page = context.newPage();
            page.navigate(url("/admin/imports"));
            Chromium.assertFitsAndAccessible(page, "admin_imports-375.png");

            // Over the servlet's own limit (13 MB a request) the file never reaches the form; the form still says why, beside
            // the field.
            page.getByLabel("File", new Page.GetByLabelOptions().setExact(true)).setInputFiles(
                    new FilePayload("everything.csv", "text/csv", new byte[14 * 1024 * 1024]));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
            assertThat(page.locator("#file-error")).hasText("The file is too large. Split it into smaller files.");
            assertThat(page).hasURL(Pattern.compile(".*/admin/imports$"));

            upload(page, HEADER
                    + "2031,10,2,,,,,,,Ministers meet in Tokyo,Four partners meet.,https://example.org/a,,,,,,\n"
                    + "2031,13,,,,,,,,A month that is not,Wrong month.,https://example.org/b,,,,,,\n");
            assertThat(page.locator(".import-status__state"))
                    .hasText("Checked: some rows need fixing", new com.microsoft.playwright.assertions
                            .LocatorAssertions.HasTextOptions().setTimeout(60_000));
            Locator badRow = page.locator("tr[data-outcome=ERROR]");
            assertThat(badRow.locator("td").first()).hasText("3");
            assertThat(badRow).containsText("\u201c2031-13\u201d is not a date.");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write them as drafts")))
                    .hasCount(0);
            Chromium.assertFitsAndAccessible(page, "admin_imports_report-375.png");
            for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                for (int width : List.of(375, 1280)) {
                    page.setViewportSize(width, 900);
                    Chromium.assertFitsAndAccessible(page, "admin_imports_report"
                            + (scheme == ColorScheme.DARK ? "-dark" : "") + "-" + width + ".png");
                }
            }
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
            page.setViewportSize(375, 900);
            assertThat(drafts()).isZero();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All imports")).click();
            upload(page, HEADER
                    + "2031,10,2,,,,,,,Ministers meet in Tokyo,Four partners meet.,https://example.org/a,,,,,,\n"
                    + "2031,12,,,,,,,,A month that is,Right month.,https://example.org/b,,,,,,\n");
            assertThat(page.locator(".import-status__state")).hasText("Checked: ready to write",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write them as drafts")).click();
            assertThat(page.locator(".import-status__state")).hasText("Written as drafts",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(drafts()).isEqualTo(2);
        }
    }

    private static void upload(Page page, String sheet) {
        page.getByLabel("TimelineJS spreadsheet (CSV)").check();
        page.getByLabel("File", new Page.GetByLabelOptions().setExact(true)).setInputFiles(
                new FilePayload("timeline.csv", "text/csv", sheet.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/imports/\\d+$"));
    }

    private int drafts() {
        return jdbc.sql("select count(*) from event where slug like '2031-%' and status = 'DRAFT'")
                .query(Integer.class).single();
    }

    private BrowserContext signedIn(int width) {
        return signedIn("/admin/imports", EDITOR, PASSWORD, width);
    }
}
