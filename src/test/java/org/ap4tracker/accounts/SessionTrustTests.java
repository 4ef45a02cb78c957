package org.ap4tracker.accounts;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A signed-in session is only as strong as its account is now: role changes, disabling, password changes
 * and the absolute lifetime reach sessions that already exist, and users see and end their own sessions.
 * Sessions here are real ones, kept in PostgreSQL and carried by their cookie.
 */
@TrackerIntegrationTest
class SessionTrustTests {

    static final String PASSWORD = SignInTests.PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ApiTokenIntrospector introspector;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void createAccounts() {
        accounts.create("trust-admin", "Trust Admin", Role.ADMIN, PASSWORD);
        accounts.create("trust-editor", "Trust Editor", Role.EDITOR, PASSWORD);
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from spring_session where principal_name like 'trust-%'").update();
        jdbc.sql("delete from app_user where username like 'trust-%'").update();
        jdbc.sql("delete from audit_log where username like 'trust-%' or entity_key like 'trust-%'").update();
        SignInFixtures.clearThrottle(jdbc);
    }

    @Test
    void aDemotedAdministratorLosesAdministrationOnTheNextRequestAndCannotCreateAnAdministrator() throws Exception {
        Cookie session = signIn("trust-admin", PASSWORD, "10.70.0.1");
        assertThat(status(get("/admin/users"), session)).isEqualTo(200);

        accounts.update("trust-admin", "Trust Admin", Role.EDITOR);

        assertThat(status(get("/admin/users"), session)).isEqualTo(403);
        assertThat(status(post("/admin/users").param("username", "trust-sneaky").param("displayName", "Sneaky")
                .param("role", "ADMIN").param("password", PASSWORD).with(csrf()), session)).isEqualTo(403);
        assertThat(accounts.find("trust-sneaky")).isEmpty();
        assertThat(status(get("/admin"), session)).as("still an editor").isEqualTo(200);
    }

    @Test
    void aPromotedEditorGainsAdministrationOnTheNextRequest() throws Exception {
        Cookie session = signIn("trust-editor", PASSWORD, "10.70.0.2");
        assertThat(status(get("/admin/users"), session)).isEqualTo(403);

        accounts.update("trust-editor", "Trust Editor", Role.ADMIN);

        assertThat(status(get("/admin/users"), session)).isEqualTo(200);
    }

    @Test
    void disablingTheAccountWrittenInAnotherCaseEndsItsSessions() throws Exception {
        Cookie session = signIn("Trust-Editor", PASSWORD, "10.70.0.3");
        assertThat(status(get("/admin"), session)).isEqualTo(200);

        accounts.disable("TRUST-EDITOR");

        assertThat(status(get("/admin"), session)).isEqualTo(302);
        assertThat(status(post("/api/v1/events").contentType("application/json").content("{}").with(csrf()), session))
                .isIn(401, 403);
        assertThat(sessionsOf("trust-editor")).isZero();
    }

    @Test
    void usernamesAreOneAccountWhateverTheCase() throws Exception {
        assertThat(accounts.find("TRUST-Editor")).isPresent();
        assertThat(mvc.perform(post("/admin/users").param("username", "Trust-Editor").param("displayName", "Twin")
                .param("role", "EDITOR").param("password", PASSWORD).with(csrf())
                .with(AccountAdministrationTests.ADMIN)).andReturn().getResponse().getContentAsString())
                .contains("That username is already taken.");
        assertThat(mvc.perform(get("/admin/users/TRUST-EDITOR").with(AccountAdministrationTests.ADMIN))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aPasswordChangedElsewhereEndsTheSessionEvenIfItsRowSurvived() throws Exception {
        Cookie session = signIn("trust-editor", PASSWORD, "10.70.0.4");

        jdbc.sql("update app_user set credentials_version = credentials_version + 1 where username = 'trust-editor'")
                .update();

        assertThat(status(get("/admin"), session)).isEqualTo(302);
    }

    @Test
    void anAdministratorsPasswordResetEndsEverySessionOfTheAccount() throws Exception {
        Cookie first = signIn("trust-editor", PASSWORD, "10.70.0.5");
        Cookie second = signIn("trust-editor", PASSWORD, "10.70.0.6");

        accounts.resetPassword("trust-editor", "a brand new passphrase for you");

        assertThat(status(get("/admin"), first)).isEqualTo(302);
        assertThat(status(get("/admin"), second)).isEqualTo(302);
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessionsAndKeepsThisOne() throws Exception {
        Cookie here = signIn("trust-editor", PASSWORD, "10.70.0.7");
        Cookie elsewhere = signIn("trust-editor", PASSWORD, "10.70.0.8");

        MvcResult change = mvc.perform(post("/admin/account/password").cookie(here).with(csrf())
                .param("currentPassword", PASSWORD).param("password", "another fine passphrase")
                .param("confirmation", "another fine passphrase")).andReturn();

        assertThat(change.getResponse().getRedirectedUrl()).isEqualTo("/admin/account");
        assertThat(status(get("/admin"), here)).isEqualTo(200);
        assertThat(status(get("/admin"), elsewhere)).isEqualTo(302);
        assertThat(audited("PASSWORD_CHANGED", "trust-editor")).isEqualTo(1);
    }

    @Test
    void theChangePasswordFormIsThrottledLikeTheSignInForm() throws Exception {
        Cookie session = signIn("trust-editor", PASSWORD, "10.70.0.9");
        for (int guess = 0; guess < 5; guess++) {
            assertThat(changePassword(session, "guess number " + guess)).contains("That is not your current password.");
        }

        assertThat(changePassword(session, PASSWORD)).contains("Too many wrong passwords");
        assertThat(audited("PASSWORD_CHANGE_FAILED", "trust-editor")).isEqualTo(5);
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverActiveItIs() throws Exception {
        Cookie session = signIn("trust-editor", PASSWORD, "10.70.0.10");

        jdbc.sql("update spring_session set creation_time = creation_time - 12 * 3600 * 1000 - 1000 "
                + "where principal_name = 'trust-editor'").update();

        assertThat(status(get("/admin"), session)).isEqualTo(302);
        assertThat(sessionsOf("trust-editor")).isZero();
    }

    @Test
    void theAccountPageListsYourSessionsAndEndsOneOfThem() throws Exception {
        Cookie here = signIn("trust-editor", PASSWORD, "10.70.0.11");
        Cookie elsewhere = signIn("trust-editor", PASSWORD, "10.70.0.12");

        Document page = Jsoup.parse(mvc.perform(get("/admin/account").cookie(here)).andReturn()
                .getResponse().getContentAsString());

        assertThat(page.select("tr.account-session")).hasSize(2);
        assertThat(page.select("tr.account-session code").eachText()).containsExactlyInAnyOrder("10.70.0.11", "10.70.0.12");
        assertThat(page.select("tr.account-session").text()).contains("This session");
        String endOther = page.select("tr.account-session form").attr("action");
        assertThat(page.html()).doesNotContain(elsewhere.getValue());

        mvc.perform(post(endOther).cookie(here).with(csrf()));

        assertThat(status(get("/admin"), elsewhere)).isEqualTo(302);
        assertThat(status(get("/admin"), here)).isEqualTo(200);
        assertThat(audited("SESSIONS_ENDED", "trust-editor")).isEqualTo(1);
    }

    @Test
    void signingOutEverywhereEndsEverySessionIncludingThisOne() throws Exception {
        Cookie here = signIn("trust-editor", PASSWORD, "10.70.0.13");
        Cookie elsewhere = signIn("trust-editor", PASSWORD, "10.70.0.14");

        MvcResult out = mvc.perform(post("/admin/account/sessions/end-all").cookie(here).with(csrf())).andReturn();

        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/login?signedOutEverywhere");
        assertThat(status(get("/admin"), here)).isEqualTo(302);
        assertThat(status(get("/admin"), elsewhere)).isEqualTo(302);
        assertThat(sessionsOf("trust-editor")).isZero();
    }

    @Test
    void aTokenActsWithTheOwnersCurrentRoleButNeverMoreThanWhenItWasMade() {
        String adminToken = tokens.create("trust-admin", "admin script").secret();
        String editorToken = tokens.create("trust-editor", "editor script").secret();

        accounts.update("trust-admin", "Trust Admin", Role.EDITOR);
        accounts.update("trust-editor", "Trust Editor", Role.ADMIN);

        assertThat(roles(adminToken)).containsExactly("ROLE_EDITOR");
        assertThat(roles(editorToken)).containsExactly("ROLE_EDITOR");
        accounts.update("trust-admin", "Trust Admin", Role.ADMIN);
        assertThat(roles(adminToken)).containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_EDITOR");
    }

    @Test
    void signInsSucceededFailedAndLockedAreAuditedWithTheClientAddress() throws Exception {
        signIn("trust-editor", PASSWORD, "10.70.0.15");
        for (int guess = 0; guess < 6; guess++) {
            mvc.perform(post("/login").param("username", "trust-editor").param("password", "wrong " + guess)
                    .with(csrf()).with(SignInFixtures.from("10.70.0.16")));
        }

        assertThat(jdbc.sql("""
                select action || ' ' || client_address from audit_log
                where username = 'trust-editor' and action like 'SIGN%' order by id""")
                .query(String.class).list())
                .startsWith("SIGNED_IN 10.70.0.15")
                .contains("SIGN_IN_FAILED 10.70.0.16", "SIGN_IN_LOCKED 10.70.0.16");
    }

    private List<String> roles(String token) {
        return introspector.introspect(token).getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private String changePassword(Cookie session, String current) throws Exception {
        return mvc.perform(post("/admin/account/password").cookie(session).with(csrf())
                .param("currentPassword", current).param("password", "another fine passphrase")
                .param("confirmation", "another fine passphrase")).andReturn().getResponse().getContentAsString();
    }

    private Cookie signIn(String username, String password, String address) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(SignInFixtures.from(address))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/admin");
        return result.getResponse().getCookie("AP4_SESSION");
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            Cookie session) throws Exception {
        return mvc.perform(request.cookie(session)).andReturn().getResponse().getStatus();
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :name").param("name", username)
                .query(Long.class).single();
    }

    private long audited(String action, String key) {
        return jdbc.sql("select count(*) from audit_log where action = :action and entity_key = :key")
                .param("action", action).param("key", key).query(Long.class).single();
    }

}
