package org.ap4tracker.admin.reference;

import java.util.List;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.ap4tracker.admin.reference.AdminRequests.errorNextTo;
import static org.ap4tracker.admin.reference.AdminRequests.formAsEditor;
import static org.ap4tracker.admin.reference.AdminRequests.html;
import static org.ap4tracker.admin.reference.AdminRequests.pageAsEditor;
import static org.ap4tracker.admin.reference.AdminRequests.redirectFollowed;
import static org.ap4tracker.admin.reference.AdminRequests.valueOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Creating and editing actors through the admin forms, in transactions that are rolled back. Like a browser,
 * every post carries the checkbox's "_asiaPacificPartner" marker, which stands for "not ticked".
 */
@TrackerIntegrationTest
@Transactional
class ActorAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theListShowsEveryActorWithItsKindAndPartnerFlag() throws Exception {
        Document list = html(mvc.perform(pageAsEditor("/admin/actors")).andReturn());

        var japan = list.select(".admin-table tr:has(a[href=/admin/actors/JP])");
        assertThat(japan.select("td").eachText()).containsExactly("JP", "Japan", "State", "Yes", "Events");
        assertThat(japan.select("a[href=/actors/JP]").attr("aria-label")).isEqualTo("Events involving Japan");
        assertThat(list.select(".admin-table tbody tr")).hasSize(
                jdbc.sql("select count(*) from actor").query(Integer.class).single());
    }

    @Test
    void anEditorAddsAnActorThatEventsCanThenInvolve() throws Exception {
        MvcResult created = mvc.perform(formAsEditor("/admin/actors", "code", "EU", "name", "European Union",
                "kind", "ORGANISATION", "_asiaPacificPartner", "on")).andReturn();

        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/actors");
        Document list = html(mvc.perform(redirectFollowed(created)).andReturn());
        assertThat(list.select(".flash").text()).isEqualTo("Actor EU created.");
        assertThat(list.select(".admin-table tr:has(a[href=/admin/actors/EU]) td").eachText())
                .containsExactly("EU", "European Union", "Organisation", "No", "Events");
        Document publicPage = html(mvc.perform(get("/actors/EU")).andReturn());
        assertThat(publicPage.select("h1").text()).isEqualTo("Events involving European Union");
        assertThat(audit("ACTOR_CREATED", "EU")).containsExactly("editor: European Union, ORGANISATION");
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            code | ''            | Enter a code.
            code | eu            | Use 2 to 16 upper-case letters, digits or hyphens, starting with a letter, e.g. JP or NATO.
            code | E             | Use 2 to 16 upper-case letters, digits or hyphens, starting with a letter, e.g. JP or NATO.
            code | 1EU           | Use 2 to 16 upper-case letters, digits or hyphens, starting with a letter, e.g. JP or NATO.
            code | ABCDEFGHIJKLMNOPQ | Use 2 to 16 upper-case letters, digits or hyphens, starting with a letter, e.g. JP or NATO.
            name | ''            | Enter a name.
            name | {121 letters} | Keep the name to 120 characters.
            kind | ''            | Choose a kind.
            """)
    void eachRuleOfANewActorShowsItsMessageNextToTheFieldAndKeepsWhatWasTyped(String field, String value,
            String message) throws Exception {
        String typed = DevelopmentAdminTests.lettersIfAsked(value);
        String[] form = {"code", "EU", "name", "European Union", "kind", "ORGANISATION", "asiaPacificPartner", "true"};
        for (int i = 0; i < form.length; i += 2) {
            if (form[i].equals(field)) {
                form[i + 1] = typed;
            }
        }

        Document page = html(mvc.perform(formAsEditor("/admin/actors", form)).andReturn());

        assertThat(errorNextTo(page, field)).isEqualTo(message);
        assertThat(page.select(".has-error")).hasSize(1);
        assertThat(valueOf(page, field)).isEqualTo(typed);
        assertThat(page.select("input[name=asiaPacificPartner]").hasAttr("checked")).isTrue();
        assertThat(jdbc.sql("select count(*) from actor where name = 'European Union'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aCodeInUseIsRefusedNextToTheField() throws Exception {
        Document page = html(mvc.perform(formAsEditor("/admin/actors", "code", "JP", "name", "Nippon",
                "kind", "STATE", "_asiaPacificPartner", "on")).andReturn());

        assertThat(errorNextTo(page, "code")).isEqualTo("The code JP is already used by another actor.");
        assertThat(valueOf(page, "name")).isEqualTo("Nippon");
        assertThat(jdbc.sql("select name from actor where code = 'JP'").query(String.class).single()).isEqualTo("Japan");
        assertThat(audit("ACTOR_CREATED", "JP")).isEmpty();
    }

    @Test
    void anEditChangesTheNameAndPartnerFlagReadersSeeButNotTheCode() throws Exception {
        Document form = html(mvc.perform(pageAsEditor("/admin/actors/CN")).andReturn());
        assertThat(form.select("h1").text()).isEqualTo("China (CN)");
        assertThat(form.select("input[name=code]")).isEmpty();
        assertThat(valueOf(form, "name")).isEqualTo("China");

        MvcResult saved = mvc.perform(formAsEditor("/admin/actors/CN", "name", "People’s Republic of China",
                "kind", "STATE", "asiaPacificPartner", "true", "_asiaPacificPartner", "on")).andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/actors/CN");
        Document after = html(mvc.perform(redirectFollowed(saved)).andReturn());
        assertThat(after.select(".flash").text()).isEqualTo("Actor CN saved.");
        assertThat(after.select("h1").text()).isEqualTo("People’s Republic of China (CN)");
        assertThat(after.select("input[name=asiaPacificPartner]").hasAttr("checked")).isTrue();
        Document publicPage = html(mvc.perform(get("/actors/CN")).andReturn());
        assertThat(publicPage.select("h1").text()).isEqualTo("Events involving People’s Republic of China");
        assertThat(publicPage.select(".lede .chip--partner").text()).isEqualTo("Asia-Pacific partner");
        assertThat(audit("ACTOR_EDITED", "CN")).containsExactly(
                "editor: name: China → People’s Republic of China; asiaPacificPartner: false → true");
    }

    @Test
    void unTickingThePartnerBoxClearsTheFlag() throws Exception {
        MvcResult saved = mvc.perform(formAsEditor("/admin/actors/JP", "name", "Japan", "kind", "STATE",
                "_asiaPacificPartner", "on")).andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/actors/JP");
        assertThat(html(mvc.perform(get("/actors/JP")).andReturn()).select(".lede .chip--partner")).isEmpty();
    }

    @Test
    void anEditCannotChangeTheCode() throws Exception {
        Document page = html(mvc.perform(formAsEditor("/admin/actors/JP", "code", "JA", "name", "Japan",
                "kind", "STATE", "asiaPacificPartner", "true")).andReturn());

        assertThat(page.select(".admin-facts .field-error").text())
                .isEqualTo("An actor's code cannot be changed once it has been created.");
        assertThat(jdbc.sql("select count(*) from actor where code = 'JA'").query(Integer.class).single()).isZero();
    }

    @Test
    void anInvalidEditKeepsWhatWasTyped() throws Exception {
        Document page = html(mvc.perform(formAsEditor("/admin/actors/JP", "name", "", "kind", "ORGANISATION",
                "_asiaPacificPartner", "on"))
                .andReturn());

        assertThat(errorNextTo(page, "name")).isEqualTo("Enter a name.");
        assertThat(valueOf(page, "kind")).isEqualTo("ORGANISATION");
        assertThat(page.select("h1").text()).isEqualTo("Japan (JP)");
    }

    private List<String> audit(String action, String code) {
        return jdbc.sql("select username || ': ' || detail from audit_log where action = :action "
                + "and entity_type = 'actor' and entity_key = :code")
                .param("action", action).param("code", code).query(String.class).list();
    }
}
