package org.ap4tracker.support;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by Playwright (whose own browser download is not used), and the accessibility
 * check every browser test applies. {@code -Dchromium.path=…} points at another Chromium.
 */
public final class Chromium implements AutoCloseable {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    static final Path EXECUTABLE = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));

    /** {@code -Dscreenshots=true}: keep a screenshot of every page the tests check, not only of failures. */
    static final boolean KEEP_SCREENSHOTS = Boolean.getBoolean("screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    public static Chromium launch() {
        return new Chromium();
    }

    public Browser browser() {
        return browser;
    }

    /**
     * A new browser context {@code width} px wide, signed in as {@code username} through the sign-in form that
     * {@code pageUrl} sends it to, and back on that page ({@code ?continue} is how Spring Security marks the
     * return). CSP is bypassed so that axe can be injected.
     */
    public static BrowserContext signedIn(Browser browser, String pageUrl, String username, String password, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBypassCSP(true)
                .setViewportSize(width, 900));
        Page page = context.newPage();
        page.navigate(pageUrl);
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        // Playwright hands the pattern to JavaScript, which has no \Q…\E quoting; desk paths need none.
        String path = java.net.URI.create(pageUrl).getPath();
        PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*" + path + "(\\?continue)?$"));
        page.close();
        return context;
    }

    /**
     * Fails if the page scrolls sideways at its viewport's width or if axe finds anything (see
     * {@link #assertAccessible}). The page is kept as {@code target/screenshots/<screenshot>} when the check fails,
     * and always with {@code -Dscreenshots=true} (see {@link #keepScreenshot}).
     */
    public static void assertFitsAndAccessible(Page page, String screenshot) {
        keepScreenshot(page, screenshot);
        try {
            int width = page.viewportSize().width;
            int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(scrollWidth).as("%s at %d px scrolls sideways", page.url(), width).isLessThanOrEqualTo(width);
            assertAccessible(page);
        }
        catch (AssertionError failed) {
            if (!KEEP_SCREENSHOTS) {
                fullPageScreenshot(page, SCREENSHOTS.resolve(screenshot));
            }
            throw failed;
        }
    }

    /**
     * Keeps a full-page screenshot of the page as {@code target/screenshots/<name>} for a person to look at, when
     * the tests run with {@code -Dscreenshots=true}. Screenshots assert nothing, and taking them all was a tenth of
     * the browser tests' time, so an ordinary run takes only those of failed checks.
     */
    public static void keepScreenshot(Page page, String name) {
        if (KEEP_SCREENSHOTS) {
            fullPageScreenshot(page, SCREENSHOTS.resolve(name));
        }
    }

    private static void fullPageScreenshot(Page page, Path path) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(path));
    }

    /**
     * Fails listing every WCAG 2.1 A/AA and best-practice rule the page breaks, with the elements breaking it.
     * <p>
     * On a page without frames (all of the tracker's own) axe runs as one {@code axe.run} inside the page (legacy
     * mode); the default mode runs {@code axe.runPartial} and then {@code axe.finishRun} in a blank page opened for
     * it, which only pays where there are frames to visit, so a page with frames still gets it (legacy mode here
     * would skip them). Only violations are reported in detail: passes and incomplete results are never read, and
     * building selectors for all of them is most of axe's own work on a long page. Together: a desk page in 124
     * instead of 564 ms (mean of 80 pages), same verdicts; {@code AccessibilityCheckTests} shows the check still
     * fails on a broken page and inside a frame. Should axe drop legacy mode (announced for its 5.0), only the
     * speed is lost.
     */
    public static void assertAccessible(Page page) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page)
                .options(options)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .setLegacyMode(page.frames().size() == 1)
                .analyze();
        // An axe that failed to run reports no violations; that must not read as a clean page.
        assertThat(results.isErrored()).as(() -> page.url() + ": axe did not run: " + results.getErrorMessage()).isFalse();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> page.url() + ": " + violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .toList()).isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
