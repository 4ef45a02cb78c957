package org.ap4tracker.accounts;

import java.util.EnumSet;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ap4tracker.support.BrowserTest;
import org.ap4tracker.support.Chromium;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys end to end in Chromium, with its virtual authenticator standing in for a security key: an editor
 * registers a passkey, an administrator then requires one for editors, and from then on a password alone
 * reaches only the passkey step, while password and passkey together reach the desk.
 */
@TrackerIntegrationTest
@BrowserTest
class PasskeyBrowserTests {

    static final String PASSWORD = "browser passkey passphrase";

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    SecondFactorPolicy secondFactor;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void useTheSharedChromium(Browser shared) {
        browser = shared;
    }

    @BeforeEach
    void createEditor() {
        accounts.create("passkey-editor", "Passkey Editor", Role.EDITOR, PASSWORD);
    }

    @AfterEach
    void cleanUp() {
        secondFactor.require(EnumSet.noneOf(Role.class));
        jdbc.sql("delete from spring_session where principal_name like 'passkey-%'").update();
        jdbc.sql("delete from app_user where username like 'passkey-%'").update();
    }

    @Test
    void anEditorRegistersAPasskeyAndThenNeedsItAfterThePassword() {
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            CDPSession devTools = context.newCDPSession(page);
            devTools.send("WebAuthn.enable");
            JsonObject authenticator = new JsonObject();
            authenticator.addProperty("protocol", "ctap2");
            authenticator.addProperty("transport", "internal");
            authenticator.addProperty("hasResidentKey", true);
            authenticator.addProperty("hasUserVerification", true);
            authenticator.addProperty("isUserVerified", true);
            authenticator.addProperty("automaticPresenceSimulation", true);
            JsonObject options = new JsonObject();
            options.add("options", authenticator);
            devTools.send("WebAuthn.addVirtualAuthenticator", options);

            signInWithPassword(page);
            assertThat(page.locator("h1")).hasText("Dashboard");
            page.navigate(url("/admin/account"));
            page.fill("#passkey-label", "virtual key");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey")).click();
            page.waitForURL("**/admin/account?passkeyAdded");
            assertThat(page.locator("tr.account-passkey")).hasText(java.util.regex.Pattern.compile("virtual key"));
            Chromium.assertAccessible(page);
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'PASSKEY_ADDED' and entity_key = 'passkey-editor'")
                    .query(Long.class).single()).isEqualTo(1);

            secondFactor.require(EnumSet.of(Role.EDITOR));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();

            signInWithPassword(page);
            page.waitForURL("**/login/passkey");
            page.navigate(url("/admin/events"));
            assertThat(page).hasURL(url("/login/passkey"));
            assertThat(page.locator("h1")).hasText("Now your passkey");
            Chromium.assertAccessible(page);

            long started = System.nanoTime();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use your passkey")).click();
            assertThat(page.locator("h1")).hasText("Dashboard");
            System.out.printf("Passkey step, click to desk: %d ms%n", (System.nanoTime() - started) / 1_000_000);
            page.navigate(url("/admin/events"));
            assertThat(page).hasURL(url("/admin/events"));
        }
    }

    @Test
    void withAPasskeyRequiredAPasswordAloneReachesOnlyThePasskeyStep() {
        secondFactor.require(EnumSet.allOf(Role.class));
        jdbc.sql("insert into user_entities (id, name, display_name) values ('cGFzc2tleS1lZGl0b3I', 'passkey-editor', 'x')")
                .update();
        jdbc.sql("""
                insert into user_credentials (credential_id, user_entity_user_id, public_key, backup_eligible, backup_state,
                    authenticator_transports, created, last_used, label)
                values ('c29tZS1rZXk', 'cGFzc2tleS1lZGl0b3I', '\\x00', false, false, 'internal', now(), now(), 'elsewhere')""").update();
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            signInWithPassword(page);
            page.waitForURL("**/login/passkey");

            for (String path : new String[] {"/admin", "/admin/events", "/admin/account", "/admin/tokens"}) {
                page.navigate(url(path));
                assertThat(page).hasURL(url("/login/passkey"));
            }
        }
    }

    private void signInWithPassword(Page page) {
        page.navigate(url("/login"));
        page.fill("#username", "passkey-editor");
        page.fill("#password", PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
