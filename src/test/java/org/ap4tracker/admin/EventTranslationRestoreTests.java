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
 * Restoring an earlier translation from its history goes through a page that says what readers will see, then
 * saves the earlier text as a new revision. History is written as a transaction commits, so these tests commit
 * and put the seeded translation back afterwards.
 */
@TrackerIntegrationTest
class EventTranslationRestoreTests extends EditorAtTheDesk {

    private static final String VILNIUS = "2023-07-11-vilnius-summit";
    private static final String SEEDED = "NATOビリニュス首脳会合";

    /** Puts back the seeded Japanese translation a test saved over, as the seed wrote it (its first history entry). */
    @AfterEach
    void restoreSeededTranslation() {
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
    void anEarlierTranslationIsRestoredAfterAPageSaysWhatReadersWillSee() throws Exception {
        long seeded = firstRevision();
        long audited = restoresAudited();
        mvc.perform(post("/admin/events/" + VILNIUS + "/translations/ja").with(EDITOR).with(csrf())
                .param("title", "書き換えたタイトル").param("summary", "書き換えた概要。").param("version", version()));
        Document translation = html(mvc.perform(get("/admin/events/" + VILNIUS + "/translations/ja").with(EDITOR)).andReturn());
        // The newest revision is the text now; only earlier ones can be restored.
        assertThat(translation.select(".translation-history .revision").first().select("a")).isEmpty();
        String link = translation.select(".translation-history .revision").last().select("a").attr("href");
        assertThat(link).isEqualTo("/admin/events/" + VILNIUS + "/translations/ja/history/" + seeded + "/restore");

        Document confirm = html(mvc.perform(get(link).with(EDITOR)).andReturn());
        assertThat(confirm.select("h1").text()).isEqualTo("Restore an earlier Japanese translation of “NATO Vilnius Summit”?");
        assertThat(confirm.select(".readers-see").text()).contains("revision " + seeded,
                "The event is published, so readers of the Japanese pages see this text at once");
        assertThat(confirm.select(".restored-translation").attr("lang")).isEqualTo("ja");
        assertThat(confirm.select(".restored-translation").text()).contains(SEEDED);
        assertThat(title()).isEqualTo("書き換えたタイトル");

        MvcResult restored = mvc.perform(post(link).with(EDITOR).with(csrf()).param("version", version())).andReturn();

        assertThat(restored.getResponse().getRedirectedUrl()).isEqualTo("/admin/events/" + VILNIUS + "/translations/ja");
        assertThat(title()).isEqualTo(SEEDED);
        Document after = html(mvc.perform(get("/admin/events/" + VILNIUS + "/translations/ja").with(EDITOR)).andReturn());
        assertThat(after.select(".translation-history .revision").first().text()).contains("Translation restored", SEEDED);
        assertThat(restoresAudited()).isEqualTo(audited + 1);
        assertThat(html(mvc.perform(get("/ja/events/" + VILNIUS)).andReturn()).select("h1").text()).isEqualTo(SEEDED);
    }

    @Test
    void aRestoreOnTopOfSomeoneElsesSaveIsRefusedAndAnUnknownRevisionIsNotFound() throws Exception {
        long seeded = firstRevision();
        String link = "/admin/events/" + VILNIUS + "/translations/ja/history/" + seeded + "/restore";
        mvc.perform(post("/admin/events/" + VILNIUS + "/translations/ja").with(EDITOR).with(csrf())
                .param("title", "書き換えたタイトル").param("summary", "書き換えた概要。").param("version", version()));

        Document stale = html(mvc.perform(post(link).with(EDITOR).with(csrf()).param("version", "0")).andReturn());

        assertThat(stale.select("[role=alert]").text()).contains("Someone else saved this translation");
        assertThat(title()).isEqualTo("書き換えたタイトル");
        assertThat(mvc.perform(get("/admin/events/" + VILNIUS + "/translations/ja/history/999999/restore").with(EDITOR))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private long restoresAudited() {
        return jdbc.sql("select count(*) from audit_log where action = 'EVENT_TRANSLATION_RESTORED' and entity_key = :slug")
                .param("slug", VILNIUS).query(Long.class).single();
    }

    private long firstRevision() {
        return jdbc.sql("""
                select min(a.rev) from event_translation_aud a join event e on e.id = a.event_id
                where e.slug = :slug and a.lang = 'ja'""").param("slug", VILNIUS).query(Long.class).single();
    }

    private String title() {
        return jdbc.sql("select t.title from event_translation t join event e on e.id = t.event_id "
                + "where e.slug = :slug and t.lang = 'ja'").param("slug", VILNIUS).query(String.class).single();
    }

    private String version() {
        return String.valueOf(jdbc.sql("select t.version from event_translation t join event e on e.id = t.event_id "
                + "where e.slug = :slug and t.lang = 'ja'").param("slug", VILNIUS).query(Long.class).single());
    }

    private static Document html(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
