package org.ap4tracker.support;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ap4tracker.accounts.Accounts;
import org.ap4tracker.accounts.Role;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What the desk's browser tests share beyond {@link ReaderInChromium}: accounts made for the
 * test (and removed after each test with their sessions), and signing in through the desk's sign-in form.
 * A subclass is a {@link TrackerIntegrationTest} and a {@link BrowserTest}.
 */
public abstract class DeskInChromium extends ReaderInChromium {

    @Autowired
    protected Accounts accounts;

    @Autowired
    protected JdbcClient jdbc;

    private final List<String> created = new ArrayList<>();

    /** An account for this test only, removed with its sessions after the test. */
    protected void createAccount(String username, String displayName, Role role, String password) {
        accounts.create(username, displayName, role, password);
        created.add(username);
    }

    @AfterEach
    void removeTheAccounts() {
        if (!created.isEmpty()) {
            jdbc.sql("delete from spring_session where principal_name in (:names)").param("names", created).update();
            jdbc.sql("delete from app_user where username in (:names)").param("names", created).update();
            created.clear();
        }
    }

    /** Opens the desk, signs in on the form it sends a stranger to, and waits for the dashboard. */
    protected void signIn(Page page, String username, String password) {
        page.navigate(url("/admin"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).hasText("Dashboard");
    }

    /** A context {@code width} pixels wide, signed in as the user on the desk's form that {@code path} leads to. */
    protected BrowserContext signedIn(String path, String username, String password, int width) {
        return Chromium.signedIn(browser, url(path), username, password, width);
    }
}
