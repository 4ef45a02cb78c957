package org.ap4tracker.admin;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Restoring a storyline's or actor's translation from its history, as an event's is restored: the history links
 * each earlier version to a page that says what comes back, and the restore is a new revision on top that readers
 * see at once. Name translations write their history with SQL in the same transaction, so MockMvc runs in the
 * test's transaction and what a test saves is rolled back.
 */
@TrackerIntegrationTest
@Transactional
class NameTranslationRestoreTests extends EditorAtTheDesk {

    private static final String STORYLINE = "ap4-defence-industrial-cooperation";
    private static final String STORYLINE_PAGE = "/admin/developments/" + STORYLINE + "/translations/ja";
    private static final String JAPAN_PAGE = "/admin/actors/JP/translations/ko";

    @Test
    void anEarlierStorylineTranslationIsRestoredAsANewRevisionAndReadersSeeItAtOnce() throws Exception {
        Document before = page(STORYLINE_PAGE);
        String seededTitle = before.select("#name").val();
        String seededDescription = before.select("#description").val();
        int entriesBefore = before.select(".translation-history .revision").size();
        long audited = audited("STORYLINE_TRANSLATION_RESTORED", STORYLINE);
        mvc.perform(post(STORYLINE_PAGE).with(EDITOR).with(csrf()).param("name", "書き換えた動向")
                .param("description", "書き換えた説明。").param("version", version(before)));

        Document edited = page(STORYLINE_PAGE);
        // The newest revision is the text now; only earlier ones can be restored.
        assertThat(edited.select(".translation-history .revision").first().select("a")).isEmpty();
        String link = edited.select(".translation-history .revision").last().select("a").attr("href");
        assertThat(link).startsWith(STORYLINE_PAGE + "/history/").endsWith("/restore");

        Document confirm = page(link);
        assertThat(confirm.select("h1").text()).isEqualTo(
                "Restore an earlier Japanese translation of "
                + "“Defence-industrial cooperation between NATO and the Asia-Pacific partners”?");
        assertThat(confirm.select(".readers-see").text()).contains("title and description of the storyline",
                "Readers of the Japanese pages see this at once");
        assertThat(confirm.select(".restored-translation").attr("lang")).isEqualTo("ja");
        assertThat(confirm.select(".restored-translation").text()).contains(seededTitle, seededDescription);
        assertThat(html(mvc.perform(get("/ja/developments/" + STORYLINE)).andReturn()).select("h1").text())
                .isEqualTo("書き換えた動向");

        MvcResult restored = mvc.perform(post(link).with(EDITOR).with(csrf()).param("version", version(edited)))
                .andReturn();

        assertThat(restored.getResponse().getRedirectedUrl()).isEqualTo(STORYLINE_PAGE);
        Document after = page(STORYLINE_PAGE);
        assertThat(after.select("#name").val()).isEqualTo(seededTitle);
        assertThat(after.select("#description").val()).isEqualTo(seededDescription);
        assertThat(after.select(".translation-history .revision")).hasSize(entriesBefore + 2);
        assertThat(after.select(".translation-history .revision").first().text())
                .contains("Translation restored", "by editor", seededTitle);
        assertThat(audited("STORYLINE_TRANSLATION_RESTORED", STORYLINE)).isEqualTo(audited + 1);
        assertThat(html(mvc.perform(get("/ja/developments/" + STORYLINE)).andReturn()).select("h1").text())
                .isEqualTo(seededTitle);
    }

    @Test
    void anActorsKoreanNameIsRestoredAndTheKoreanActorPageNamesItSo() throws Exception {
        Document before = page(JAPAN_PAGE);
        int entriesBefore = before.select(".translation-history .revision").size();
        mvc.perform(post(JAPAN_PAGE).with(EDITOR).with(csrf()).param("name", "일본국")
                .param("version", version(before)));
        Document edited = page(JAPAN_PAGE);
        assertThat(edited.select(".translation-history .revision")).hasSize(entriesBefore + 1);
        assertThat(html(mvc.perform(get("/ko/actors/JP")).andReturn()).select("h1").text()).contains("일본국");
        String link = edited.select(".translation-history .revision").last().select("a").attr("href");

        Document confirm = page(link);
        assertThat(confirm.select(".readers-see").text()).contains("Korean name of the actor");
        assertThat(confirm.select(".restored-translation").text()).isEqualTo("일본");
        mvc.perform(post(link).with(EDITOR).with(csrf()).param("version", version(edited)));

        Document after = page(JAPAN_PAGE);
        assertThat(after.select("#name").val()).isEqualTo("일본");
        assertThat(after.select(".translation-history .revision")).hasSize(entriesBefore + 2);
        assertThat(after.select(".translation-history .revision").first().text()).contains("Translation restored");
        assertThat(html(mvc.perform(get("/ko/actors/JP")).andReturn()).select("h1").text())
                .contains("일본").doesNotContain("일본국");
    }

    @Test
    void aRestoreOnTopOfSomeoneElsesSaveIsRefusedAndAnUnknownRevisionIsNotFound() throws Exception {
        Document before = page(JAPAN_PAGE);
        String link = before.select(".translation-history .revision").last().select("a").attr("href");
        mvc.perform(post(JAPAN_PAGE).with(EDITOR).with(csrf()).param("name", "일본국")
                .param("version", version(before)));
        String restoreLink = page(JAPAN_PAGE).select(".translation-history .revision").last().select("a").attr("href");
        assertThat(link).isEmpty();

        // The editor opened the confirmation before someone else's save: the version they started from is stale.
        Document stale = html(mvc.perform(post(restoreLink).with(EDITOR).with(csrf()).param("version", version(before)))
                .andReturn());

        assertThat(stale.select("[role=alert]").text()).contains("Someone else saved this translation");
        assertThat(page(JAPAN_PAGE).select("#name").val()).isEqualTo("일본국");
        assertThat(mvc.perform(get(JAPAN_PAGE + "/history/999999/restore").with(EDITOR)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/events/" + STORYLINE + "/translations/ja/history/1/restore").with(EDITOR))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private Document page(String path) throws Exception {
        return html(mvc.perform(get(path).with(EDITOR)).andReturn());
    }

    private long audited(String action, String key) {
        return jdbc.sql("select count(*) from audit_log where action = :action and entity_key = :key")
                .param("action", action).param("key", key).query(Long.class).single();
    }

    /** The version the desk's form carries, which a save or restore must start from. */
    private static String version(Document translationPage) {
        return translationPage.select("input[name=version]").val();
    }

    private static Document html(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
