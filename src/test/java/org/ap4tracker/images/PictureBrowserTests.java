package org.ap4tracker.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.DeskInChromium;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor adds a photograph to a published event with the desk's plain form, in a real browser (Debian's
 * Chromium through Playwright), and readers then see it with its credit, without the GPS position it carried.
 */
@TrackerIntegrationTest
@BrowserTest
class PictureBrowserTests extends DeskInChromium {

    static final String PASSWORD = "picture browser passphrase";
    static final String SLUG = "2031-09-03-pictures-browser-event";

    @BeforeEach
    void createEditorAndEvent() {
        createAccount("browser-picture-editor", "Picture Editor", Role.EDITOR, PASSWORD);
        new TestEvents(jdbc).published(SLUG, LocalDate.of(2031, 9, 3), "Pictures browser event", "NATO");
    }

    @AfterEach
    void removeTheEvent() {
        jdbc.sql("delete from event where slug = :slug").param("slug", SLUG).update();
    }

    @Test
    void anEditorUploadsAPhotographAndReadersSeeItWithItsCreditAndWithoutItsLocation(@TempDir Path files)
            throws Exception {
        Path photo = files.resolve("holiday.jpg");
        Files.write(photo, TestPictures.jpegWithGps(1200, 800));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 800));
                Page page = context.newPage()) {
            signIn(page, "browser-picture-editor", PASSWORD);
            page.navigate(url("/admin/events/" + SLUG));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pictures").setExact(true)).click();

            // Over the servlet's own limit the file never reaches the form: the editor still gets the form back
            // with the message beside the file field, not an error page.
            Path huge = files.resolve("huge.jpg");
            Files.write(huge, new byte[20 * 1024 * 1024]);
            page.setInputFiles("#file", huge);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload the picture")).click();
            assertThat(page.locator("#file-error")).hasText("The file is larger than 10 MB. Choose a smaller file.");
            assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");

            page.setInputFiles("#file", photo);
            page.fill("#credit", "Photo: Jane Doe / Agency");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload the picture")).click();
            assertThat(page.locator("#alt-error")).hasText("Describe what the picture shows, for readers who cannot see it.");
            assertThat(page.locator("#credit")).hasValue("Photo: Jane Doe / Agency");
            Chromium.assertFitsAndAccessible(page, "admin-event-pictures-errors-375.png");

            page.setInputFiles("#file", photo);
            page.fill("#alt", "Two ministers shake hands in front of flags");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload the picture")).click();
            assertThat(page.locator(".flash")).hasText("Picture added.");
            Chromium.assertFitsAndAccessible(page, "admin-event-pictures-375.png");
            // The desk's picture page with a picture on it, wide and narrow, light and dark.
            for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                for (int width : List.of(375, 1280)) {
                    page.setViewportSize(width, 800);
                    Chromium.assertFitsAndAccessible(page, "admin-event-pictures-with-picture"
                            + (scheme == ColorScheme.DARK ? "-dark" : "") + "-" + width + ".png");
                }
            }
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
            page.setViewportSize(375, 800);

            page.navigate(url("/events/" + SLUG));
            assertThat(page.locator("figure.event__picture figcaption")).containsText("Picture: Photo: Jane Doe / Agency");
            assertThat(page.locator("figure.event__picture img")).hasAttribute("alt", "Two ministers shake hands in front of flags");
            Chromium.assertFitsAndAccessible(page, "event-with-picture-375.png");
        }
        try (BrowserContext reader = browser.newContext(); Page page = reader.newPage()) {
            page.navigate(url("/events/" + SLUG));
            String src = page.locator("figure.event__picture img").getAttribute("src");
            boolean loaded = (Boolean) page.evaluate("img => img.complete && img.naturalWidth > 0",
                    page.locator("figure.event__picture img").elementHandle());
            assertThat(loaded).as("the browser shows the picture").isTrue();
            APIResponse served = reader.request().get(url(src));
            assertThat(served.status()).isEqualTo(200);
            assertThat(TestPictures.gps(served.body())).as("GPS in the served picture").isNull();
            assertThat(TestPictures.exif(served.body())).as("EXIF in the served picture").isNull();
        }
    }
}
