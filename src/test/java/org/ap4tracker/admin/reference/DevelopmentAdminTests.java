package org.ap4tracker.admin.reference;

import java.time.Instant;

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
 * Creating and editing storylines through the admin forms. Each test runs in a transaction that is rolled
 * back; the history and conflict tests, which need committed revisions, are in {@link DevelopmentHistoryTests}.
 */
@TrackerIntegrationTest
@Transactional
class DevelopmentAdminTests {

    private static final String TOKYO = "tokyo-liaison-office";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorCreatesAStorylineThatReadersThenSee() throws Exception {
        MvcResult created = mvc.perform(formAsEditor("/admin/developments", "slug", "nato-korea-itpp",
                "title", "NATO–Republic of Korea ITPP", "description", "A partnership programme with South Korea.",
                "status", "NEGOTIATING", "changeNote", "Started tracking")).andReturn();

        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/developments");
        Document list = html(mvc.perform(redirectFollowed(created)).andReturn());
        assertThat(list.select(".flash").text()).isEqualTo("Storyline “NATO–Republic of Korea ITPP” created.");
        assertThat(list.select(".admin-table a[href=/admin/developments/nato-korea-itpp]").text())
                .isEqualTo("NATO–Republic of Korea ITPP");
        Document publicPage = html(mvc.perform(get("/developments/nato-korea-itpp")).andReturn());
        assertThat(publicPage.select("h1").text()).isEqualTo("NATO–Republic of Korea ITPP");
        assertThat(publicPage.text()).contains("A partnership programme with South Korea.", "Negotiating");
        assertThat(auditEntries("DEVELOPMENT_CREATED", "nato-korea-itpp")).containsExactly("editor");
    }

    @Test
    void theListShowsEachStorylinesStatusAndMilestones() throws Exception {
        Document list = html(mvc.perform(pageAsEditor("/admin/developments")).andReturn());

        var tokyo = list.select(".admin-table tr:has(a[href=/admin/developments/" + TOKYO + "])");
        assertThat(tokyo.select(".status-badge").text()).isEqualTo("Stalled");
        int published = jdbc.sql("""
                select count(*) from event e join development d on d.id = e.development_id
                where d.slug = :slug and e.status = 'PUBLISHED'""").param("slug", TOKYO).query(Integer.class).single();
        assertThat(tokyo.select(".admin-table__number").text()).isEqualTo(String.valueOf(published));
        assertThat(tokyo.select("a[href=/admin/developments/" + TOKYO + "/history]").text()).isEqualTo("History");
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            slug        | ''                | Enter the address (slug) of the storyline.
            slug        | Tokyo Office      | Use lower-case letters, digits and single hyphens between them, e.g. tokyo-liaison-office.
            slug        | tokyo--office     | Use lower-case letters, digits and single hyphens between them, e.g. tokyo-liaison-office.
            slug        | {101 letters}     | Keep the address to 100 characters.
            title       | ''                | Enter a title.
            title       | {161 letters}     | Keep the title to 160 characters.
            description | {2001 letters}    | Keep the description to 2,000 characters.
            status      | ''                | Choose a status.
            changeNote  | {1001 letters}    | Keep the change note to 1,000 characters.
            """)
    void eachRuleOfANewStorylineShowsItsMessageNextToTheFieldAndKeepsWhatWasTyped(String field, String value,
            String message) throws Exception {
        String typed = lettersIfAsked(value);
        String[] form = {"slug", "a-new-storyline", "title", "A new storyline", "description", "What it is about.",
                "status", "PROPOSED", "changeNote", ""};
        for (int i = 0; i < form.length; i += 2) {
            if (form[i].equals(field)) {
                form[i + 1] = typed;
            }
        }
        int before = developmentCount();

        Document page = html(mvc.perform(formAsEditor("/admin/developments", form)).andReturn());

        assertThat(errorNextTo(page, field)).isEqualTo(message);
        assertThat(page.select(".form-error").text()).startsWith("Some fields need attention");
        assertThat(valueOf(page, "title")).isEqualTo(field.equals("title") ? typed : "A new storyline");
        assertThat(valueOf(page, field)).isEqualTo(typed);
        assertThat(page.select(".has-error")).hasSize(1);
        assertThat(page.select("[name=" + field + "]")).as("one control per field").hasSize(1);
        assertThat(developmentCount()).isEqualTo(before);
    }

    @ParameterizedTest(name = "slug {0}")
    @CsvSource(delimiter = '|', textBlock = """
            tokyo-liaison-office | The address “tokyo-liaison-office” is already used by another storyline.
            new                  | The address “new” is reserved; choose another.
            """)
    void aSlugInUseOrReservedIsRefusedNextToTheField(String slug, String message) throws Exception {
        int before = developmentCount();

        Document page = html(mvc.perform(formAsEditor("/admin/developments", "slug", slug,
                "title", "Another storyline", "description", "", "status", "PROPOSED")).andReturn());

        assertThat(errorNextTo(page, "slug")).isEqualTo(message);
        assertThat(valueOf(page, "title")).isEqualTo("Another storyline");
        assertThat(developmentCount()).isEqualTo(before);
        assertThat(auditEntries("DEVELOPMENT_CREATED", slug)).isEmpty();
    }

    @Test
    void anEditChangesWhatReadersSeeAndMovesTheLastChangeButNotTheAddress() throws Exception {
        Document form = html(mvc.perform(pageAsEditor("/admin/developments/" + TOKYO)).andReturn());
        String version = form.select("input[name=version]").val();
        Instant updatedBefore = updatedAt(TOKYO);
        assertThat(form.select("input[name=slug]")).as("the slug is not editable").isEmpty();
        assertThat(form.select(".admin-facts a[href=/developments/" + TOKYO + "]").text())
                .isEqualTo("/developments/" + TOKYO);

        MvcResult saved = mvc.perform(formAsEditor("/admin/developments/" + TOKYO, "version", version,
                "title", "NATO liaison office in Tokyo (shelved)", "description", valueOf(form, "description"),
                "status", "ABANDONED", "changeNote", "Shelved after the summit")).andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/developments/" + TOKYO);
        Document after = html(mvc.perform(redirectFollowed(saved)).andReturn());
        assertThat(after.select(".flash").text()).isEqualTo("Storyline “NATO liaison office in Tokyo (shelved)” saved.");
        assertThat(after.select("h1").text()).isEqualTo("NATO liaison office in Tokyo (shelved)");
        assertThat(valueOf(after, "status")).isEqualTo("ABANDONED");
        assertThat(after.select("input[name=version]").val()).isEqualTo(String.valueOf(Long.parseLong(version) + 1));
        assertThat(updatedAt(TOKYO)).isAfter(updatedBefore);
        Document publicList = html(mvc.perform(get("/developments")).andReturn());
        assertThat(publicList.select(".storyline:has(a[href=/developments/" + TOKYO + "]) .status-badge").text())
                .isEqualTo("Abandoned");
        assertThat(auditEntries("DEVELOPMENT_EDITED", TOKYO)).containsExactly("editor");
        assertThat(auditDetail("DEVELOPMENT_EDITED", TOKYO))
                .contains("title: NATO liaison office in Tokyo → NATO liaison office in Tokyo (shelved)",
                        "status: STALLED → ABANDONED", "Shelved after the summit");
    }

    @Test
    void savingWithoutChangesSaysSoAndRecordsNothing() throws Exception {
        Document form = html(mvc.perform(pageAsEditor("/admin/developments/" + TOKYO)).andReturn());

        MvcResult saved = mvc.perform(formAsEditor("/admin/developments/" + TOKYO,
                "version", form.select("input[name=version]").val(), "title", valueOf(form, "title"),
                "description", valueOf(form, "description"), "status", valueOf(form, "status"))).andReturn();

        Document after = html(mvc.perform(redirectFollowed(saved)).andReturn());
        assertThat(after.select(".flash").text()).isEqualTo("Nothing changed, so nothing was saved.");
        assertThat(after.select("input[name=version]").val()).isEqualTo(form.select("input[name=version]").val());
        assertThat(auditEntries("DEVELOPMENT_EDITED", TOKYO)).isEmpty();
    }

    @Test
    void anEditCannotMoveTheStorylineToAnotherAddress() throws Exception {
        Document form = html(mvc.perform(pageAsEditor("/admin/developments/" + TOKYO)).andReturn());

        Document page = html(mvc.perform(formAsEditor("/admin/developments/" + TOKYO,
                "version", form.select("input[name=version]").val(), "slug", "tokyo-office",
                "title", "Renamed", "description", "", "status", "STALLED")).andReturn());

        assertThat(page.select(".form-error").text()).startsWith("Some fields need attention");
        assertThat(page.text()).contains("A storyline's address cannot be changed once it has been created.");
        assertThat(valueOf(page, "title")).isEqualTo("Renamed");
        assertThat(jdbc.sql("select title from development where slug = :slug").param("slug", TOKYO)
                .query(String.class).single()).isEqualTo("NATO liaison office in Tokyo");
    }

    @Test
    void anInvalidEditShowsTheMessageAndKeepsTheVersionTheEditorStartedFrom() throws Exception {
        Document form = html(mvc.perform(pageAsEditor("/admin/developments/" + TOKYO)).andReturn());
        String version = form.select("input[name=version]").val();

        Document page = html(mvc.perform(formAsEditor("/admin/developments/" + TOKYO, "version", version,
                "title", "  ", "description", "Kept description", "status", "AGREED")).andReturn());

        assertThat(errorNextTo(page, "title")).isEqualTo("Enter a title.");
        assertThat(valueOf(page, "description")).isEqualTo("Kept description");
        assertThat(valueOf(page, "status")).isEqualTo("AGREED");
        assertThat(page.select("input[name=version]").val()).isEqualTo(version);
    }

    private int developmentCount() {
        return jdbc.sql("select count(*) from development").query(Integer.class).single();
    }

    private Instant updatedAt(String slug) {
        return jdbc.sql("select updated_at from development where slug = :slug").param("slug", slug)
                .query(Instant.class).single();
    }

    private java.util.List<String> auditEntries(String action, String slug) {
        return jdbc.sql("select username from audit_log where action = :action and entity_type = 'development' "
                + "and entity_key = :slug").param("action", action).param("slug", slug).query(String.class).list();
    }

    private String auditDetail(String action, String slug) {
        return jdbc.sql("select detail from audit_log where action = :action and entity_key = :slug")
                .param("action", action).param("slug", slug).query(String.class).single();
    }

    /** "{161 letters}" stands for that many letters, which a CSV row cannot hold readably. */
    static String lettersIfAsked(String value) {
        if (value.startsWith("{") && value.endsWith(" letters}")) {
            return "a".repeat(Integer.parseInt(value.substring(1, value.indexOf(' '))));
        }
        return value;
    }
}
