package org.ap4tracker.accounts;

import java.util.EnumSet;

import jakarta.servlet.http.Cookie;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rule that a role must add a passkey, as an administrator sets it, and what a session that has only
 * given its password may do then: register a first passkey, or take the passkey step, and nothing else,
 * on the desk and the API alike. Recovery resets a user's passkeys, audited.
 */
@TrackerIntegrationTest
class SecondFactorTests {

    static final String PASSWORD = SignInTests.PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    SecondFactorPolicy policy;

    @Autowired
    Passkeys passkeys;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void createEditor() {
        accounts.create("factor-editor", "Factor Editor", Role.EDITOR, PASSWORD);
    }

    @AfterEach
    void cleanUp() {
        policy.require(EnumSet.noneOf(Role.class));
        jdbc.sql("delete from spring_session where principal_name like 'factor-%'").update();
        jdbc.sql("delete from app_user where username like 'factor-%'").update();
        jdbc.sql("delete from audit_log where entity_key like 'factor-%' or entity_key = 'second-factor'").update();
        SignInFixtures.clearThrottle(jdbc);
    }

    @Test
    void anAdministratorRequiresAPasskeyPerRoleAndTheChoiceIsAudited() throws Exception {
        MvcResult saved = mvc.perform(post("/admin/users/second-factor").param("roles", "EDITOR")
                .with(csrf()).with(AccountAdministrationTests.ADMIN)).andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(policy.requiredFor()).containsExactly(Role.EDITOR);
        assertThat(mvc.perform(get("/admin/users").with(AccountAdministrationTests.ADMIN)).andReturn().getResponse()
                .getContentAsString()).containsPattern("value=\"EDITOR\"\\s+checked");
        assertThat(jdbc.sql("select detail from audit_log where action = 'SECOND_FACTOR_POLICY' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("passkey required for [EDITOR]");
        assertThat(mvc.perform(post("/admin/users/second-factor").param("roles", "EDITOR").with(csrf())
                .with(SignInFixtures.from("10.80.0.1")).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("factor-editor").roles("EDITOR")))
                .andReturn().getResponse().getStatus()).as("editors may not change it").isEqualTo(403);
    }

    @Test
    void withoutAPasskeyYetAPasswordSignInMayOnlyRegisterOne() throws Exception {
        policy.require(EnumSet.of(Role.EDITOR));
        Cookie session = signIn();

        MvcResult desk = mvc.perform(get("/admin").cookie(session)).andReturn();
        assertThat(desk.getResponse().getRedirectedUrl()).isEqualTo("/admin/account?registerPasskey");
        assertThat(mvc.perform(get("/admin/account").cookie(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(post("/webauthn/register/options").cookie(session).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/admin/events").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/admin/account?registerPasskey");
        assertThat(mvc.perform(post("/api/v1/events").cookie(session).with(csrf()).contentType("application/json")
                .content("{}")).andReturn().getResponse().getStatus()).as("the API sees no role either").isIn(401, 403);
    }

    @Test
    void withAPasskeyAPasswordSignInReachesOnlyThePasskeyStep() throws Exception {
        policy.require(EnumSet.allOf(Role.class));
        givePasskey("factor-editor");
        Cookie session = signIn();

        for (String path : new String[] {"/admin", "/admin/account", "/admin/tokens", "/admin/events"}) {
            assertThat(mvc.perform(get(path).cookie(session)).andReturn().getResponse().getRedirectedUrl())
                    .as(path).isEqualTo("/login/passkey");
        }
        assertThat(mvc.perform(post("/webauthn/register").cookie(session).with(csrf()).contentType("application/json")
                .content("{}")).andReturn().getResponse().getRedirectedUrl())
                .as("no second passkey on a password alone").isEqualTo("/login/passkey");
        assertThat(mvc.perform(get("/login/passkey").cookie(session)).andReturn().getResponse().getContentAsString())
                .contains("Use your passkey");
    }

    @Test
    void theRuleAppliesOnlyToTheRolesItNames() throws Exception {
        policy.require(EnumSet.of(Role.ADMIN));
        givePasskey("factor-editor");
        Cookie session = signIn();

        assertThat(mvc.perform(get("/admin/events").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anAdministratorResetsAUsersPasskeysWhichEndsTheirSessionsAndIsAudited() throws Exception {
        givePasskey("factor-editor");
        Cookie session = signIn();

        MvcResult reset = mvc.perform(post("/admin/users/Factor-Editor/passkeys/reset").with(csrf())
                .with(AccountAdministrationTests.ADMIN)).andReturn();

        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/factor-editor");
        assertThat(passkeys.hasAny("factor-editor")).isFalse();
        assertThat(mvc.perform(get("/admin").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from audit_log where action in ('PASSKEYS_RESET', 'PASSKEY_REMOVED') "
                + "and entity_key = 'factor-editor'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void usersRemoveTheirOwnPasskeysButNoOneElses() throws Exception {
        givePasskey("factor-editor");
        accounts.create("factor-other", "Other", Role.EDITOR, PASSWORD);
        Cookie session = signIn();

        mvc.perform(post("/admin/account/passkeys/a2V5LWZhY3Rvci1lZGl0b3I/remove").cookie(session).with(csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("factor-other").roles("EDITOR")));
        assertThat(passkeys.hasAny("factor-editor")).isTrue();

        mvc.perform(post("/admin/account/passkeys/a2V5LWZhY3Rvci1lZGl0b3I/remove").cookie(session).with(csrf()));
        assertThat(passkeys.hasAny("factor-editor")).isFalse();
    }

    private Cookie signIn() throws Exception {
        return mvc.perform(post("/login").param("username", "factor-editor").param("password", PASSWORD).with(csrf())
                .with(SignInFixtures.from("10.80.0.2"))).andReturn().getResponse().getCookie("AP4_SESSION");
    }

    /** A stored passkey as Spring Security's JDBC repositories keep it (its key is never used to sign here). */
    private void givePasskey(String username) {
        String userId = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("user-" + username).getBytes());
        String credentialId = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("key-" + username).getBytes());
        jdbc.sql("insert into user_entities (id, name, display_name) values (:id, :name, :name)")
                .param("id", userId).param("name", username).update();
        jdbc.sql("""
                insert into user_credentials (credential_id, user_entity_user_id, public_key, backup_eligible,
                    backup_state, authenticator_transports, created, last_used, label)
                values (:id, :user, '\\x00', false, false, 'internal', now(), now(), 'test key')""")
                .param("id", credentialId).param("user", userId).update();
    }
}
