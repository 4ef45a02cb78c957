package org.ap4tracker.admin.reference;

import java.util.List;

import org.ap4tracker.support.TestHistory;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.ap4tracker.admin.reference.AdminRequests.formAs;
import static org.ap4tracker.admin.reference.AdminRequests.formAsEditor;
import static org.ap4tracker.admin.reference.AdminRequests.html;
import static org.ap4tracker.admin.reference.AdminRequests.pageAsEditor;
import static org.ap4tracker.admin.reference.AdminRequests.valueOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A storyline's history and edit conflicts. Envers writes revisions when a transaction commits, so these
 * tests let every request commit, on a storyline of their own that is removed afterwards with its history.
 */
@TrackerIntegrationTest
class DevelopmentHistoryTests {

    private static final String SLUG = "test-history-storyline";
    private static final String PATH = "/admin/developments/" + SLUG;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheStorylineAndItsHistory() {
        TestHistory.deleteStoryline(jdbc, SLUG);
        jdbc.sql("delete from audit_log where entity_type = 'development' and entity_key = :slug")
                .param("slug", SLUG).update();
    }

    @Test
    void theHistoryListsEachRevisionNewestFirstWithTheFieldsItChanged() throws Exception {
        create();
        save("editor", "Original title, revised", "What the storyline is about.", "AGREED", "Agreed at the summit");
        save("second-editor", "Original title, revised", "What it is about, now with more detail.", "AGREED", "");

        Document history = html(mvc.perform(pageAsEditor(PATH + "/history")).andReturn());

        assertThat(history.select("h1").text()).isEqualTo("History of “Original title, revised”");
        List<Element> revisions = history.select(".revision");
        assertThat(revisions).hasSize(3);
        assertThat(revisions.get(0).select(".revision__heading").text()).startsWith("Edited by second-editor");
        assertThat(rows(revisions.get(0))).containsExactly(
                "Description | What the storyline is about. | What it is about, now with more detail.");
        assertThat(revisions.get(0).select(".revision__note")).isEmpty();
        assertThat(revisions.get(1).select(".revision__heading").text()).startsWith("Edited by editor");
        assertThat(revisions.get(1).select(".revision__note").text()).isEqualTo("Note: Agreed at the summit");
        assertThat(rows(revisions.get(1))).containsExactly(
                "Title | Original title | Original title, revised",
                "Status | Proposed | Agreed");
        assertThat(revisions.get(2).select(".revision__heading").text()).startsWith("Created by editor");
        assertThat(rows(revisions.get(2))).containsExactly(
                "Address | (empty) | " + SLUG,
                "Title | (empty) | Original title",
                "Description | (empty) | What the storyline is about.",
                "Status | (empty) | Proposed");
        // Only the words that changed are marked, and always whole words, as in an event's history.
        assertThat(revisions.get(1).select("del").eachText()).containsExactly("title", "Proposed");
        assertThat(revisions.get(1).select("ins").eachText()).containsExactly("title, revised", "Agreed");
        assertThat(revisions.get(0).select("del").eachText()).containsExactly("the storyline", "about.");
        assertThat(revisions.get(0).select("ins").eachText()).containsExactly("it", "about, now with more detail.");
    }

    @Test
    void aJapaneseEditorReadsTheStorylinesHistoryInJapaneseWithLabelsNotCodes() throws Exception {
        create();
        save("editor", "Original title", "What the storyline is about.", "AGREED", "");

        Document history = html(mvc.perform(pageAsEditor("/ja" + PATH + "/history")).andReturn());

        Element latest = history.selectFirst(".revision");
        assertThat(latest.select(".revision__heading > span").first().text()).isEqualTo("編集");
        assertThat(latest.select(".revision__heading time").text()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{1,2}:\\d{2} UTC");
        assertThat(rows(latest)).containsExactly("状態 | 提案段階 | 合意済み");
        assertThat(history.text()).doesNotContain("AGREED", "PROPOSED");
    }

    @Test
    void aSaveBasedOnAnOldVersionIsRefusedShowsTheOtherEditorsChangeAndWritesNothing() throws Exception {
        create();
        Document mine = html(mvc.perform(pageAsEditor(PATH)).andReturn());
        String myVersion = mine.select("input[name=version]").val();
        save("second-editor", "Their better title", "What the storyline is about.", "NEGOTIATING", "Talks began");
        int revisionsBefore = revisionCount();

        MvcResult refused = mvc.perform(formAsEditor(PATH, "version", myVersion, "title", "My title",
                "description", "My description", "status", "PROPOSED", "changeNote", "My note")).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document page = html(refused);
        Element conflict = page.selectFirst(".conflict");
        assertThat(conflict).isNotNull();
        assertThat(conflict.select("h2").text()).isEqualTo("Someone else saved this storyline after you opened it");
        assertThat(conflict.select("p").text()).startsWith("second-editor saved this storyline at ");
        assertThat(rows(conflict)).containsExactly(
                "Title | Original title | Their better title",
                "Status | Proposed | Negotiating");
        // Only the words that changed are marked, as in the history: "title" stayed.
        assertThat(conflict.select("del").eachText()).containsExactly("Original", "Proposed");
        assertThat(conflict.select("ins").eachText()).containsExactly("Their better", "Negotiating");
        assertThat(valueOf(page, "title")).isEqualTo("My title");
        assertThat(valueOf(page, "description")).isEqualTo("My description");
        assertThat(valueOf(page, "changeNote")).isEqualTo("My note");
        assertThat(jdbc.sql("select title from development where slug = :slug").param("slug", SLUG)
                .query(String.class).single()).isEqualTo("Their better title");
        assertThat(revisionCount()).isEqualTo(revisionsBefore);
        assertThat(jdbc.sql("select username from audit_log where action = 'DEVELOPMENT_EDITED' and entity_key = :slug")
                .param("slug", SLUG).query(String.class).list()).containsExactly("second-editor");

        MvcResult savedOnSecondThought = mvc.perform(formAsEditor(PATH,
                "version", page.select("input[name=version]").val(), "title", "My title",
                "description", "My description", "status", "PROPOSED", "changeNote", "Kept my version")).andReturn();

        assertThat(savedOnSecondThought.getResponse().getRedirectedUrl()).isEqualTo(PATH);
        assertThat(valueOf(html(mvc.perform(pageAsEditor(PATH)).andReturn()), "title")).isEqualTo("My title");
    }

    @Test
    void scriptsInAChangeNoteRenderInertInTheHistory() throws Exception {
        create();
        String payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
        save("editor", "Original title", "What the storyline is about.", "ONGOING", payload);

        Document history = html(mvc.perform(pageAsEditor(PATH + "/history")).andReturn());

        assertThat(history.select(".revision__note").text()).isEqualTo("Note: " + payload);
        assertThat(history.select("script:not([src^=/assets/js/]), img, [onerror]")).isEmpty();
    }

    private void create() throws Exception {
        MvcResult created = mvc.perform(formAsEditor("/admin/developments", "slug", SLUG, "title", "Original title",
                "description", "What the storyline is about.", "status", "PROPOSED")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/developments");
    }

    /** Opens the edit form as {@code username} and saves it with these values. */
    private void save(String username, String title, String description, String status, String note) throws Exception {
        Document form = html(mvc.perform(pageAsEditor(PATH)).andReturn());
        MvcResult saved = mvc.perform(formAs(username, PATH, "version", form.select("input[name=version]").val(),
                "title", title, "description", description, "status", status, "changeNote", note)).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(PATH);
    }

    private int revisionCount() {
        return jdbc.sql("select count(*) from revision").query(Integer.class).single();
    }

    /** Each row of a diff table as "Field | before | after". */
    private static List<String> rows(Element container) {
        return container.select(".diff tbody tr").stream()
                .map(row -> row.select("th, td").eachText())
                .map(cells -> String.join(" | ", cells))
                .toList();
    }
}
