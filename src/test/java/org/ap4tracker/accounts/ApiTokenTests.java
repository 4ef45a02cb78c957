package org.ap4tracker.accounts;

import jakarta.persistence.EntityManager;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Personal API tokens, created and revoked on the desk. Rolled back after each test. */
@TrackerIntegrationTest
@Transactional
class ApiTokenTests {

    static final RequestPostProcessor OWNER = user("token.owner").roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @BeforeEach
    void createOwner() {
        accounts.create("token.owner", "Token Owner", Role.EDITOR, "the owner's passphrase");
    }

    @Test
    void aNewTokenIsShownOnceAndStoredOnlyAsAHash() throws Exception {
        MvcResult created = mvc.perform(post("/admin/tokens").param("name", "nightly import").with(OWNER).with(csrf()))
                .andReturn();
        String secret = Jsoup.parse(created.getResponse().getContentAsString()).select(".token-secret").text();

        assertThat(secret).startsWith("ap4_").hasSizeGreaterThan(40);
        assertThat(created.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(tokens.authenticate(secret)).hasValueSatisfying(holder -> {
            assertThat(holder.username()).isEqualTo("token.owner");
            assertThat(holder.role()).isEqualTo(Role.EDITOR);
        });
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :secret or token_prefix = :secret")
                .param("secret", secret).query(Integer.class).single()).isZero();
        Document list = Jsoup.parse(mvc.perform(get("/admin/tokens").with(OWNER)).andReturn().getResponse()
                .getContentAsString());
        assertThat(list.text()).contains("nightly import", secret.substring(0, 10)).doesNotContain(secret);
    }

    @Test
    void aRevokedTokenOrATokenOfADisabledAccountNoLongerWorks() throws Exception {
        IssuedApiToken revoked = tokens.create("token.owner", "to revoke");
        IssuedApiToken kept = tokens.create("token.owner", "to keep");

        MvcResult revoke = mvc.perform(post("/admin/tokens/" + revoked.id() + "/revoke").with(OWNER).with(csrf())).andReturn();

        assertThat(revoke.getResponse().getRedirectedUrl()).isEqualTo("/admin/tokens");
        assertThat(tokens.authenticate(revoked.secret())).isEmpty();
        assertThat(tokens.authenticate(kept.secret())).isPresent();
        accounts.disable("token.owner");
        entityManager.flush();
        assertThat(tokens.authenticate(kept.secret())).isEmpty();
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        IssuedApiToken token = tokens.create("token.owner", "mine");

        MvcResult attempt = mvc.perform(post("/admin/tokens/" + token.id() + "/revoke")
                .with(user("someone.else").roles("ADMIN")).with(csrf())).andReturn();

        assertThat(attempt.getFlashMap().get("flash")).hasToString("Flash[code=admin.tokens.notRevoked, args=[], problem=true]");
        assertThat(tokens.authenticate(token.secret())).isPresent();
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/admin/tokens").param("name", "  ").with(OWNER).with(csrf()))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("#name-error").text())
                .isEqualTo("Give the token a name of up to 80 characters, such as the script that will use it.");
        assertThat(page.select(".token-secret")).isEmpty();
    }

    @Test
    void stringsThatAreNotTokensAreRejectedWithoutALookup() {
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate("Bearer something")).isEmpty();
        assertThat(tokens.authenticate("ap4_" + "x".repeat(500))).isEmpty();
    }
}
