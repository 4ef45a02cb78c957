package org.ap4tracker.accounts;

import jakarta.servlet.http.Cookie;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signing in through the real filter chain: sessions kept in PostgreSQL, their cookies, and throttling of
 * password guessing. Accounts and throttle rows are committed, so each test uses its own names and
 * addresses and removes them afterwards.
 */
@TrackerIntegrationTest
class SignInTests {

    static final String PASSWORD = "a long and memorable passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void createEditor() {
        accounts.create("signin-editor", "Sign-in Editor", Role.EDITOR, PASSWORD);
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from spring_session where principal_name like 'signin-%'").update();
        jdbc.sql("delete from app_user where username like 'signin-%'").update();
        SignInFixtures.clearThrottle(jdbc);
    }

    @Test
    void overHttpsTheSessionCookieIsHostPrefixedSecureHttpOnlyAndLax() throws Exception {
        MvcResult signIn = mvc.perform(signIn("signin-editor", PASSWORD).secure(true)).andReturn();

        Cookie cookie = signIn.getResponse().getCookie("__Host-AP4_SESSION");
        assertThat(signIn.getResponse().getRedirectedUrl()).endsWith("/admin");
        assertThat(cookie).isNotNull();
        assertThat(signIn.getResponse().getCookie("AP4_SESSION")).isNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getDomain()).isNull();
        assertThat(signIn.getResponse().getHeaders("Set-Cookie"))
                .anySatisfy(header -> assertThat(header).startsWith("__Host-AP4_SESSION=").contains("SameSite=Lax"));
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'signin-editor'")
                .query(Integer.class).single()).isEqualTo(30 * 60);
        assertThat(mvc.perform(get("/admin").secure(true).cookie(cookie)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void overPlainHttpForDevelopmentTheCookieHasNoPrefixButStaysHttpOnlyAndLax() throws Exception {
        MvcResult signIn = mvc.perform(signIn("signin-editor", PASSWORD)).andReturn();

        Cookie cookie = signIn.getResponse().getCookie("AP4_SESSION");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSecure()).isFalse();
        assertThat(signIn.getResponse().getHeader("Set-Cookie")).contains("SameSite=Lax");
    }

    @Test
    void aSessionIdSentBeforeSigningInIsNeverAdopted() throws Exception {
        Cookie planted = new Cookie("AP4_SESSION", "cGxhbnRlZA");

        MvcResult signIn = mvc.perform(signIn("signin-editor", PASSWORD).cookie(planted)).andReturn();
        Cookie after = signIn.getResponse().getCookie("AP4_SESSION");

        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(planted.getValue());
        assertThat(mvc.perform(get("/admin").cookie(planted)).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void aWeakPasswordStillSignsInButLeadsToTheChangePasswordForm() throws Exception {
        accounts.create("signin-weak", "Weak", Role.EDITOR, PASSWORD);
        jdbc.sql("update app_user set password_hash = :hash where username = 'signin-weak'")
                .param("hash", passwordEncoder.encode("password1234")).update();

        MvcResult signIn = mvc.perform(signIn("signin-weak", "password1234")).andReturn();

        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/admin/account?weakPassword");
        assertThat(mvc.perform(get("/admin/account").cookie(signIn.getResponse().getCookie("AP4_SESSION")))
                .andReturn().getResponse().getContentAsString()).contains("Your password no longer meets the rules");
    }

    @Test
    void aWrongPasswordGetsOneMessageThatRevealsNothingAboutTheAccount() throws Exception {
        MvcResult wrongPassword = mvc.perform(signIn("signin-editor", "not the password")).andReturn();
        MvcResult noSuchUser = mvc.perform(signIn("signin-nobody", PASSWORD)).andReturn();

        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(noSuchUser.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString())
                .contains("Wrong username or password, or the account is disabled.");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(signIn("signin-editor", "guess " + attempt).with(SignInFixtures.from("10.1.0." + attempt)));
        }

        MvcResult locked = mvc.perform(signIn("signin-editor", PASSWORD).with(SignInFixtures.from("10.1.0.99")))
                .andReturn();

        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString())
                .contains("Too many failed sign-ins");
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedOutWhateverHeaderItSends() throws Exception {
        accounts.create("signin-bystander", "Bystander", Role.EDITOR, PASSWORD);
        for (int attempt = 0; attempt < 20; attempt++) {
            mvc.perform(signIn("signin-guess-" + attempt, "guess")
                    .with(SignInFixtures.from("10.2.0.1")).header("X-Forwarded-For", "192.0.2." + attempt));
        }

        MvcResult fromGuesser = mvc.perform(signIn("signin-editor", PASSWORD)
                .with(SignInFixtures.from("10.2.0.1")).header("X-Forwarded-For", "198.51.100.7")).andReturn();
        MvcResult fromElsewhere = mvc.perform(signIn("signin-bystander", PASSWORD)
                .with(SignInFixtures.from("10.2.0.2"))).andReturn();

        assertThat(fromGuesser.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(fromElsewhere.getResponse().getRedirectedUrl()).endsWith("/admin");
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
        Cookie session = mvc.perform(signIn("signin-editor", PASSWORD)).andReturn()
                .getResponse().getCookie("AP4_SESSION");
        assertThat(mvc.perform(get("/admin").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        accounts.disable("signin-editor");

        MvcResult after = mvc.perform(get("/admin").cookie(session)).andReturn();
        assertThat(after.getResponse().getStatus()).isEqualTo(302);
        assertThat(after.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(signIn("signin-editor", PASSWORD)).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void signingOutIsAPostAndEndsTheSession() throws Exception {
        Cookie session = mvc.perform(signIn("signin-editor", PASSWORD)).andReturn()
                .getResponse().getCookie("AP4_SESSION");

        assertThat(mvc.perform(get("/logout").cookie(session)).andReturn().getResponse().getStatus()).isNotEqualTo(302);
        MvcResult signOut = mvc.perform(post("/logout").cookie(session).with(csrf())).andReturn();

        assertThat(signOut.getResponse().getRedirectedUrl()).isEqualTo("/login?signedOut");
        assertThat(mvc.perform(get("/admin").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    /** The sign-in form's POST, as a browser sends it. */
    private static MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }

}
