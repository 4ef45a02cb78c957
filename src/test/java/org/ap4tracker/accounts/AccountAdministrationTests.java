package org.ap4tracker.accounts;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The first administrator, and what administrators do with accounts. Everything here is rolled back. */
@TrackerIntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class AccountAdministrationTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theFirstStartCreatesAdminWithTheConfiguredPasswordHashedWithArgon2() {
        jdbc.sql("delete from app_user").update();

        new FirstAdministrator(repository, accounts, transaction,
                new FirstAdministratorProperties("configured first password")).run(null);

        String hash = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("{argon2}");
        assertThat(passwordEncoder.matches("configured first password", hash)).isTrue();
        assertThat(jdbc.sql("select role from app_user where username = 'admin'").query(String.class).single())
                .isEqualTo("ADMIN");
    }

    @Test
    void withoutAConfiguredPasswordARandomOneIsPrintedOnceAndWorks(CapturedOutput output) {
        jdbc.sql("delete from app_user").update();
        int logBefore = output.getOut().length();

        new FirstAdministrator(repository, accounts, transaction, new FirstAdministratorProperties("")).run(null);
        new FirstAdministrator(repository, accounts, transaction, new FirstAdministratorProperties("")).run(null);

        String log = output.getOut().substring(logBefore);
        String line = log.lines().filter(l -> l.contains("generated password")).findFirst().orElseThrow();
        String password = line.replaceAll(".*generated password: (\\S+).*", "$1");
        String hash = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(passwordEncoder.matches(password, hash)).isTrue();
        assertThat(log.lines().filter(l -> l.contains("generated password"))).hasSize(1);
    }

    @Test
    void anAdministratorCreatesAnEditorWhoCanThenSignIn() throws Exception {
        MvcResult created = mvc.perform(post("/admin/users").with(ADMIN).with(csrf())
                .param("username", "New.Editor").param("displayName", "New Editor").param("role", "EDITOR")
                .param("password", "a passphrase of some length")).andReturn();

        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(accounts.find("new.editor")).hasValueSatisfying(account -> {
            assertThat(account.role()).isEqualTo(Role.EDITOR);
            assertThat(account.enabled()).isTrue();
        });
        assertThat(jdbc.sql("select detail from audit_log where action = 'ACCOUNT_CREATED' and entity_key = 'new.editor'")
                .query(String.class).single()).isEqualTo("role EDITOR");
    }

    @Test
    void eachAccountRuleSaysWhatIsWrongNextToItsField() throws Exception {
        Document tooShort = form(post("/admin/users").param("username", "x y").param("displayName", "")
                .param("role", "EDITOR").param("password", "short"));
        Document taken = form(post("/admin/users").param("username", "admin").param("displayName", "Another")
                .param("role", "EDITOR").param("password", "long enough password"));
        Document weak = form(post("/admin/users").param("username", "someone").param("displayName", "Someone")
                .param("role", "EDITOR").param("password", "short"));
        Document sameAsName = form(post("/admin/users").param("username", "someone.else")
                .param("displayName", "Someone").param("role", "EDITOR").param("password", "someone.else"));

        assertThat(errorFor(tooShort, "displayName")).isEqualTo("Enter the name shown to other editors.");
        assertThat(errorFor(taken, "username")).isEqualTo("That username is already taken.");
        assertThat(errorFor(weak, "password")).isEqualTo("Use at least 12 characters. A few unrelated words make a good passphrase.");
        assertThat(errorFor(sameAsName, "password")).isEqualTo("The password must not contain the username.");
        assertThat(taken.select("input[name=displayName]").val()).isEqualTo("Another");
        assertThat(taken.select("input[name=password]").val()).isEmpty();
    }

    @Test
    void longPassphrasesAreAccepted() {
        String passphrase = "correct horse battery staple ".repeat(10);

        accounts.create("long.phrase", "Long Phrase", Role.EDITOR, passphrase);

        String hash = jdbc.sql("select password_hash from app_user where username = 'long.phrase'").query(String.class).single();
        assertThat(passwordEncoder.matches(passphrase, hash)).isTrue();
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabledOrDemoted() throws Exception {
        MvcResult disable = mvc.perform(post("/admin/users/admin/disable").with(ADMIN).with(csrf())).andReturn();
        Document demote = form(post("/admin/users/admin").param("displayName", "Administrator").param("role", "EDITOR"));

        assertThat(disable.getFlashMap().get("flash")).hasToString("Flash[code=account.lastAdministrator, args=[], problem=true]");
        assertThat(errorFor(demote, "role")).isEqualTo("This is the last active administrator; make another administrator first.");
        assertThat(accounts.find("admin")).hasValueSatisfying(account -> {
            assertThat(account.enabled()).isTrue();
            assertThat(account.role()).isEqualTo(Role.ADMIN);
        });
    }

    @Test
    void anEditorChangesTheirOwnPasswordAfterProvingTheOldOne() throws Exception {
        accounts.create("self.service", "Self Service", Role.EDITOR, "the original passphrase");
        RequestPostProcessor self = user("self.service").roles("EDITOR");

        Document wrong = Jsoup.parse(mvc.perform(post("/admin/account/password").with(self).with(csrf())
                .param("currentPassword", "not the original").param("password", "a brand new passphrase")
                .param("confirmation", "a brand new passphrase")).andReturn().getResponse().getContentAsString());
        MvcResult changed = mvc.perform(post("/admin/account/password").with(self).with(csrf())
                .param("currentPassword", "the original passphrase").param("password", "a brand new passphrase")
                .param("confirmation", "a brand new passphrase")).andReturn();

        assertThat(errorFor(wrong, "currentPassword")).isEqualTo("That is not your current password.");
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin/account");
        String hash = repository.findByUsername("self.service").orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("a brand new passphrase", hash)).isTrue();
    }

    @Test
    void aHostileDisplayNameStaysTextOnTheAccountPages() throws Exception {
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        accounts.create("hostile.name", hostile, Role.EDITOR, "a long enough passphrase");

        Document list = Jsoup.parse(mvc.perform(get("/admin/users").with(ADMIN)).andReturn().getResponse().getContentAsString());
        Document edit = Jsoup.parse(mvc.perform(get("/admin/users/hostile.name").with(ADMIN)).andReturn().getResponse()
                .getContentAsString());

        assertThat(list.select("script:not([src^=/assets/js/]), img")).isEmpty();
        assertThat(list.text()).contains(hostile);
        assertThat(edit.select("script:not([src^=/assets/js/]), img")).isEmpty();
        assertThat(edit.select("input[name=displayName]").val()).isEqualTo(hostile);
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/admin/users/nobody").with(ADMIN)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private Document form(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(ADMIN).with(csrf())).andReturn().getResponse().getContentAsString());
    }

    private static String errorFor(Document page, String field) {
        return page.select("[id='" + field + "-error']").text();
    }
}
