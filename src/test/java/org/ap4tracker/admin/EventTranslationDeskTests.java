package org.ap4tracker.admin;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Translations at the desk: the form with the original beside it, saving with its history, problems beside
 * their field, and the event list's column and filter of translations that need work.
 */
@TrackerIntegrationTest
class EventTranslationDeskTests extends EditorAtTheDesk {

    private static final String VILNIUS = "2023-07-11-vilnius-summit";

    /** Puts back the seeded translations a test saved over, as the seed wrote them (their first history entry). */
    @AfterEach
    void restoreSeededTranslations() {
        jdbc.sql("""
                update event_translation t
                set title = a.title, summary = a.summary, body = a.body, translated_by = a.translated_by,
                    source_digest = a.source_digest
                from event_translation_aud a
                where a.event_id = t.event_id and a.lang = t.lang and t.translated_by = 'editor'
                  and a.rev = (select min(x.rev) from event_translation_aud x where x.event_id = t.event_id and x.lang = t.lang)""")
                .update();
    }

    @Test
    void theFormShowsTheOriginalBesideTheSeededTranslationAndItsFirstHistoryEntry() throws Exception {
        Document page = html(mvc.perform(get("/admin/events/" + VILNIUS + "/translations/ja").with(EDITOR)).andReturn());

        assertThat(page.select(".translation-original").text()).contains("NATO Vilnius Summit");
        assertThat(page.select("#title").val()).isEqualTo("NATOビリニュス首脳会合");
        assertThat(page.select("#title").attr("lang")).isEqualTo("ja");
        assertThat(page.select(".translation-state").text()).isEqualTo("Japanese: up to date");
        assertThat(page.select(".translation-history").text()).contains("Imported", "NATOビリニュス首脳会合");
    }

    @Test
    void savingATranslationRecordsItInTheHistoryAndShowsItToReaders() throws Exception {
        MvcResult missingTitle = mvc.perform(post("/admin/events/" + VILNIUS + "/translations/ko").with(EDITOR).with(csrf())
                .param("title", " ").param("summary", "요약").param("version", version("ko"))).andReturn();
        Document refused = html(missingTitle);
        assertThat(refused.select("#title-error").text()).isEqualTo("Enter the translated title.");

        MvcResult saved = mvc.perform(post("/admin/events/" + VILNIUS + "/translations/ko").with(EDITOR).with(csrf())
                .param("title", "나토 빌뉴스 정상회의(수정)").param("summary", "수정한 요약.")
                .param("version", version("ko")).param("changeNote", "제목 수정")).andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/events/" + VILNIUS + "/translations/ko");
        Document page = html(mvc.perform(get("/admin/events/" + VILNIUS + "/translations/ko").with(EDITOR)).andReturn());
        assertThat(page.select(".translation-history .revision").first().text())
                .contains("Translation edited", "by editor", "나토 빌뉴스 정상회의(수정)", "제목 수정");
        Document reader = html(mvc.perform(get("/ko/events/" + VILNIUS)).andReturn());
        assertThat(reader.select("h1").text()).isEqualTo("나토 빌뉴스 정상회의(수정)");
    }

    @Test
    void aSaveOnTopOfSomeoneElsesIsRefused() throws Exception {
        MvcResult stale = mvc.perform(post("/admin/events/" + VILNIUS + "/translations/ja").with(EDITOR).with(csrf())
                .param("title", "古い版から").param("summary", "古い版から。").param("version", "999")).andReturn();

        assertThat(html(stale).select("#title-error").text()).contains("Someone else saved this translation");
        assertThat(jdbc.sql("select t.title from event_translation t join event e on e.id = t.event_id "
                + "where e.slug = :slug and t.lang = 'ja'").param("slug", VILNIUS).query(String.class).single())
                .isEqualTo("NATOビリニュス首脳会合");
    }

    @Test
    void theListShowsAndFiltersTranslationsOlderThanTheOriginalOrMissing() throws Exception {
        jdbc.sql("""
                insert into event (slug, title, summary, start_date, date_precision, date_qualifier, type, status,
                                   created_by, updated_by)
                values ('2031-01-01-untranslated', 'Untranslated draft', 'Nothing translated yet.', date '2031-01-01',
                        'DAY', 'EXACT', 'MEETING', 'DRAFT', 'editor', 'editor')""").update();

        Document missing = html(mvc.perform(get("/admin/events?translation=MISSING").with(EDITOR)).andReturn());
        Document all = html(mvc.perform(get("/admin/events").with(EDITOR)).andReturn());

        assertThat(missing.select(".admin-table tbody tr")).hasSize(1);
        assertThat(missing.select(".admin-table tbody tr").text()).contains("Untranslated draft", "Japanese: missing",
                "Korean: missing");
        assertThat(all.select(".translation-state--current").size()).isGreaterThan(0);
        assertThat(html(mvc.perform(get("/admin/events?translation=OUTDATED").with(EDITOR)).andReturn())
                .select(".admin-table tbody tr")).isEmpty();
    }

    @Test
    void anUnknownLanguageIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/admin/events/" + VILNIUS + "/translations/fr").with(EDITOR)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    private String version(String lang) {
        return String.valueOf(jdbc.sql("select t.version from event_translation t join event e on e.id = t.event_id "
                + "where e.slug = :slug and t.lang = :lang").param("slug", VILNIUS).param("lang", lang)
                .query(Long.class).single());
    }

    private static Document html(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
