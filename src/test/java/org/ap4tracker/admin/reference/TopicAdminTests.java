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

/** Creating and relabelling topics through the admin forms, in transactions that are rolled back. */
@TrackerIntegrationTest
@Transactional
class TopicAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorAddsATopicThatReadersCanFilterBy() throws Exception {
        MvcResult created = mvc.perform(formAsEditor("/admin/topics", "slug", "arms-control",
                "label", "Arms control")).andReturn();

        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/topics");
        Document list = html(mvc.perform(redirectFollowed(created)).andReturn());
        assertThat(list.select(".flash").text()).isEqualTo("Topic “Arms control” created.");
        assertThat(list.select(".admin-table tr:has(a[href=/admin/topics/arms-control]) td").eachText())
                .containsExactly("Arms control", "arms-control", "Timeline");
        assertThat(html(mvc.perform(get("/")).andReturn()).select(".filters label.check > span:first-of-type").eachText()).contains("Arms control");
        assertThat(audit("TOPIC_CREATED", "arms-control")).containsExactly("editor: Arms control");
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            slug  | ''           | Enter the address (slug) of the topic.
            slug  | Arms control | Use lower-case letters, digits and single hyphens between them, e.g. cyber-defence.
            slug  | -arms        | Use lower-case letters, digits and single hyphens between them, e.g. cyber-defence.
            slug  | {65 letters} | Keep the address to 64 characters.
            label | ''           | Enter a label.
            label | {81 letters} | Keep the label to 80 characters.
            """)
    void eachRuleOfANewTopicShowsItsMessageNextToTheFieldAndKeepsWhatWasTyped(String field, String value,
            String message) throws Exception {
        String typed = DevelopmentAdminTests.lettersIfAsked(value);
        String slug = field.equals("slug") ? typed : "arms-control";
        String label = field.equals("label") ? typed : "Arms control";

        Document page = html(mvc.perform(formAsEditor("/admin/topics", "slug", slug, "label", label)).andReturn());

        assertThat(errorNextTo(page, field)).isEqualTo(message);
        assertThat(page.select(".has-error")).hasSize(1);
        assertThat(valueOf(page, "slug")).isEqualTo(slug);
        assertThat(valueOf(page, "label")).isEqualTo(label);
        assertThat(jdbc.sql("select count(*) from topic where slug = :slug").param("slug", slug)
                .query(Integer.class).single()).isZero();
    }

    @ParameterizedTest(name = "slug {0}")
    @CsvSource(delimiter = '|', textBlock = """
            cyber-defence | The address “cyber-defence” is already used by another topic.
            new           | The address “new” is reserved; choose another.
            """)
    void aSlugInUseOrReservedIsRefusedNextToTheField(String slug, String message) throws Exception {
        Document page = html(mvc.perform(formAsEditor("/admin/topics", "slug", slug, "label", "Something else"))
                .andReturn());

        assertThat(errorNextTo(page, "slug")).isEqualTo(message);
        assertThat(valueOf(page, "label")).isEqualTo("Something else");
        assertThat(audit("TOPIC_CREATED", slug)).isEmpty();
    }

    @Test
    void relabellingChangesWhatReadersSeeButNotTheAddress() throws Exception {
        Document form = html(mvc.perform(pageAsEditor("/admin/topics/cyber-defence")).andReturn());
        assertThat(form.select("input[name=slug]")).isEmpty();
        assertThat(form.select(".admin-facts code").text()).isEqualTo("cyber-defence");

        MvcResult saved = mvc.perform(formAsEditor("/admin/topics/cyber-defence", "label", "Cyber security"))
                .andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/topics/cyber-defence");
        Document after = html(mvc.perform(redirectFollowed(saved)).andReturn());
        assertThat(after.select(".flash").text()).isEqualTo("Topic “Cyber security” saved.");
        assertThat(valueOf(after, "label")).isEqualTo("Cyber security");
        Document timeline = html(mvc.perform(get("/")).andReturn());
        assertThat(timeline.select(".filters label.check > span:first-of-type").eachText()).contains("Cyber security").doesNotContain("Cyber defence");
        assertThat(audit("TOPIC_EDITED", "cyber-defence")).containsExactly("editor: label: Cyber defence → Cyber security");
    }

    @Test
    void anEditCannotChangeTheSlug() throws Exception {
        Document page = html(mvc.perform(formAsEditor("/admin/topics/cyber-defence", "slug", "cyber",
                "label", "Cyber")).andReturn());

        assertThat(page.select(".admin-facts .field-error").text())
                .isEqualTo("A topic's address cannot be changed once it has been created.");
        assertThat(valueOf(page, "label")).isEqualTo("Cyber");
        assertThat(jdbc.sql("select label from topic where slug = 'cyber-defence'").query(String.class).single())
                .isEqualTo("Cyber defence");
    }

    private List<String> audit(String action, String slug) {
        return jdbc.sql("select username || ': ' || detail from audit_log where action = :action "
                + "and entity_type = 'topic' and entity_key = :slug")
                .param("action", action).param("slug", slug).query(String.class).list();
    }
}
