package org.ap4tracker.admin.reference;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.ap4tracker.admin.reference.AdminRequests.html;
import static org.ap4tracker.admin.reference.AdminRequests.pageAsEditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Who may open the storyline, actor and topic screens, and what an unknown address answers. */
@TrackerIntegrationTest
@Transactional
class ReferenceDataAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/admin/developments", "/admin/developments/new", "/admin/developments/tokyo-liaison-office",
            "/admin/developments/tokyo-liaison-office/history", "/admin/actors", "/admin/actors/new", "/admin/actors/JP",
            "/admin/topics", "/admin/topics/new", "/admin/topics/cyber-defence"})
    void anonymousVisitorsAreSentToSignIn(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/admin/developments", "/admin/developments/new", "/admin/developments/tokyo-liaison-office",
            "/admin/developments/tokyo-liaison-office/history", "/admin/actors", "/admin/actors/new", "/admin/actors/JP",
            "/admin/topics", "/admin/topics/new", "/admin/topics/cyber-defence"})
    void editorsAndAdministratorsMayOpenEveryScreen(String path) throws Exception {
        MvcResult asEditor = mvc.perform(pageAsEditor(path)).andReturn();
        MvcResult asAdministrator = mvc.perform(get(path).with(user("admin").roles("ADMIN"))).andReturn();

        assertThat(asEditor.getResponse().getStatus()).isEqualTo(200);
        assertThat(asAdministrator.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(asEditor).select("main h1").text()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/admin/developments", "/admin/developments/tokyo-liaison-office", "/admin/actors",
            "/admin/actors/JP", "/admin/topics", "/admin/topics/cyber-defence"})
    void anonymousPostsChangeNothing(String path) throws Exception {
        MvcResult result = mvc.perform(post(path).with(csrf()).param("version", "0").param("slug", "anonymous-write")
                .param("code", "ANON").param("title", "Anonymous").param("name", "Anonymous")
                .param("label", "Anonymous").param("status", "PROPOSED").param("kind", "STATE")).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(jdbc.sql("""
                select (select count(*) from development where title = 'Anonymous')
                     + (select count(*) from actor where name = 'Anonymous')
                     + (select count(*) from topic where label = 'Anonymous')""").query(Integer.class).single()).isZero();
    }

    @Test
    void aPostWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        MvcResult result = mvc.perform(post("/admin/topics/cyber-defence").with(user("editor").roles("EDITOR"))
                .param("label", "Forged")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select label from topic where slug = 'cyber-defence'").query(String.class).single())
                .isEqualTo("Cyber defence");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/admin/developments/no-such-storyline", "/admin/developments/no-such-storyline/history",
            "/admin/actors/XX", "/admin/topics/no-such-topic"})
    void anUnknownSlugOrCodeAnswersNotFound(String path) throws Exception {
        MvcResult page = mvc.perform(pageAsEditor(path)).andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/admin/developments/no-such-storyline", "/admin/actors/XX", "/admin/topics/no-such-topic"})
    void savingSomethingUnknownAnswersNotFound(String path) throws Exception {
        MvcResult post = mvc.perform(post(path).with(user("editor").roles("EDITOR")).with(csrf())
                .param("version", "0").param("title", "T").param("name", "N").param("label", "L")
                .param("status", "PROPOSED").param("kind", "STATE")).andReturn();

        assertThat(post.getResponse().getStatus()).isEqualTo(404);
    }
}
