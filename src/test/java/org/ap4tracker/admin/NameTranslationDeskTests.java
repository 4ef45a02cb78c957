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
 * Translations of storylines, actors and topics at the desk, as events have them: the original beside the form,
 * where each language stands, saving with history and an audit record, and readers seeing the result. MockMvc
 * runs in the test's transaction, so what a test saves is rolled back.
 */
@TrackerIntegrationTest
@Transactional
class NameTranslationDeskTests extends EditorAtTheDesk {

    private static final String STORYLINE = "ap4-defence-industrial-cooperation";

    @Test
    void aTopicsScreenLinksToItsTranslationsWhichShowTheOriginalAndTheSeededHistory() throws Exception {
        Document topic = html(mvc.perform(get("/admin/topics/space").with(EDITOR)).andReturn());
        assertThat(topic.select(".translation-links a").eachText())
                .containsExactly("Japanese: up to date", "Korean: up to date");
        assertThat(topic.select(".translation-links a").first().attr("href")).isEqualTo("/admin/topics/space/translations/ja");

        Document page = html(mvc.perform(get("/admin/topics/space/translations/ja").with(EDITOR)).andReturn());
        assertThat(page.select(".translation-original").text()).contains("Space");
        assertThat(page.select(".translation-original").attr("lang")).isEqualTo("en");
        assertThat(page.select("#name").val()).isEqualTo("宇宙");
        assertThat(page.select("#name").attr("lang")).isEqualTo("ja");
        assertThat(page.select("#description")).isEmpty();
        assertThat(page.select(".translation-history").text()).contains("Imported", "宇宙");
    }

    @Test
    void savingATopicsTranslationRecordsHistoryAndAuditAndReadersSeeIt() throws Exception {
        // Other tests on the same database may have edited this translation before: count this save's entry only.
        long auditedBefore = auditedSpaceTranslationEdits();
        MvcResult saved = mvc.perform(post("/admin/topics/space/translations/ko").with(EDITOR).with(csrf())
                .param("name", "우주 안보").param("version", version("topic_translation", "topic_id", "topic", "slug", "space", "ko"))
                .param("changeNote", "용어 통일")).andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/topics/space/translations/ko");
        Document page = html(mvc.perform(get("/admin/topics/space/translations/ko").with(EDITOR)).andReturn());
        assertThat(page.select(".translation-history .revision").first().text())
                .contains("Translation edited", "by editor", "우주 안보", "용어 통일");
        assertThat(auditedSpaceTranslationEdits()).isEqualTo(auditedBefore + 1);
        Document reader = html(mvc.perform(get("/ko/")).andReturn());
        assertThat(reader.select(".filters__group .check span").eachText()).contains("우주 안보");
    }

    @Test
    void aMissingActorTranslationIsSaidMissingThenTranslated() throws Exception {
        jdbc.sql("insert into actor (code, name, kind) values ('XT', 'Testland', 'STATE')").update();

        Document missing = html(mvc.perform(get("/admin/actors/XT/translations/ja").with(EDITOR)).andReturn());
        assertThat(missing.select(".translation-state").text()).isEqualTo("Japanese: missing");
        assertThat(missing.select("input[name=version]")).isEmpty();

        MvcResult blank = mvc.perform(post("/admin/actors/XT/translations/ja").with(EDITOR).with(csrf())
                .param("name", " ")).andReturn();
        assertThat(html(blank).select("#name-error").text()).isEqualTo("Enter the translated name.");

        mvc.perform(post("/admin/actors/XT/translations/ja").with(EDITOR).with(csrf()).param("name", "テストランド"));
        Document translated = html(mvc.perform(get("/admin/actors/XT/translations/ja").with(EDITOR)).andReturn());
        assertThat(translated.select(".translation-state").text()).isEqualTo("Japanese: up to date");
        assertThat(translated.select(".translation-history .revision").text()).contains("Translated", "テストランド");

        // The English name changes: the translation is older than the original until it is revised.
        jdbc.sql("update actor set name = 'Testland Republic' where code = 'XT'").update();
        Document outdated = html(mvc.perform(get("/admin/actors/XT").with(EDITOR)).andReturn());
        assertThat(outdated.select(".translation-links").text()).contains("Japanese: older than the English",
                "Korean: missing");
    }

    @Test
    void aStorylinesTranslationHasItsDescriptionAndShowsOnTheJapaneseStorylinePage() throws Exception {
        mvc.perform(post("/admin/developments/" + STORYLINE + "/translations/ja").with(EDITOR).with(csrf())
                .param("name", "防衛産業協力（改訂）").param("description", "改訂した説明。")
                .param("version", version("development_translation", "development_id", "development", "slug", STORYLINE, "ja")));

        Document page = html(mvc.perform(get("/admin/developments/" + STORYLINE + "/translations/ja").with(EDITOR)).andReturn());
        assertThat(page.select("#description").val()).isEqualTo("改訂した説明。");
        assertThat(page.select(".translation-history .revision").first().text()).contains("防衛産業協力（改訂）");
        Document reader = html(mvc.perform(get("/ja/developments/" + STORYLINE)).andReturn());
        assertThat(reader.select("h1").text()).isEqualTo("防衛産業協力（改訂）");
    }

    @Test
    void aSaveOnTopOfSomeoneElsesIsRefusedAndUnknownAddressesAreNotFound() throws Exception {
        MvcResult stale = mvc.perform(post("/admin/topics/space/translations/ja").with(EDITOR).with(csrf())
                .param("name", "古い版から").param("version", "999")).andReturn();
        assertThat(html(stale).select("#name-error").text()).contains("Someone else saved this translation");
        assertThat(jdbc.sql("select label from topic_translation where lang = 'ja' and topic_id = (select id from topic where slug = 'space')")
                .query(String.class).single()).isEqualTo("宇宙");

        assertThat(mvc.perform(get("/admin/topics/space/translations/fr").with(EDITOR)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/topics/no-such-topic/translations/ja").with(EDITOR)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/topics/space/translations/ja")).andReturn().getResponse().getStatus())
                .isIn(302, 401, 403);
    }

    private String version(String table, String idColumn, String original, String keyColumn, String key, String lang) {
        return String.valueOf(jdbc.sql("select t.version from %s t join %s o on o.id = t.%s where o.%s = :key and t.lang = :lang"
                        .formatted(table, original, idColumn, keyColumn))
                .param("key", key).param("lang", lang).query(Long.class).single());
    }

    private static Document html(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private long auditedSpaceTranslationEdits() {
        return jdbc.sql("select count(*) from audit_log where action = 'TOPIC_TRANSLATION_EDITED' and entity_key = 'space'")
                .query(Long.class).single();
    }
}
