package org.ap4tracker.events.internal;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The events a Japanese word matches are collected once and shared by the searches for it, and a translation
 * committed afterwards is found by the very next search. Everything here is committed, as an editor's work is,
 * and removed afterwards.
 */
@TrackerIntegrationTest
class CjkMatchesKeptTests {

    private static final String WORD = "保存照合";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CjkLookup cjk;

    @AfterEach
    void removeTheEvents() {
        jdbc.sql("delete from event where slug like 'cjk-kept-%'").update();
    }

    @Test
    void searchesShareTheMatchesUntilATranslationChangesThem() throws Exception {
        insertTranslatedEvents(1, 3);

        assertThat(titles("/ja/?q=" + WORD)).containsExactlyInAnyOrder(WORD + "の会合 1", WORD + "の会合 2",
                WORD + "の会合 3");
        long[] kept = cjk.lookup(WORD).eventIds();
        assertThat(kept).hasSize(3);
        assertThat(titles("/ja/?q=" + WORD + "&order=newest&to=1991"))
                .containsExactly(WORD + "の会合 2", WORD + "の会合 1");
        assertThat(cjk.lookup(WORD).eventIds()).as("the same matches, not collected again").isSameAs(kept);

        insertTranslatedEvents(4, 4);

        assertThat(titles("/ja/?q=" + WORD + "&order=newest")).first().isEqualTo(WORD + "の会合 4");
        assertThat(cjk.lookup(WORD).eventIds()).hasSize(4);
    }

    private java.util.List<String> titles(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString())
                .select(".entry__title").eachText();
    }

    /** Published events {@code from}..{@code to}, event n in 1989 + n, with a Japanese title holding the word. */
    private void insertTranslatedEvents(int from, int to) {
        jdbc.sql("""
                insert into event (slug, title, summary, start_date, date_precision, date_qualifier, type, status,
                                   created_by, updated_by, published_at)
                select 'cjk-kept-' || n, 'Kept test event ' || n, 'Summary of kept test event ' || n,
                       make_date(1989 + n, 6, 1), 'DAY', 'EXACT', 'MEETING', 'PUBLISHED', 'test', 'test', now()
                from generate_series(:from, :to) n""")
                .param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into event_translation (event_id, lang, title, summary, source_digest, translated_by)
                select id, 'ja', :word || 'の会合 ' || substr(slug, length('cjk-kept-') + 1), '要約',
                       translation_source_digest(title, summary, body), 'test'
                from event where slug like 'cjk-kept-%' and id not in (select event_id from event_translation)""")
                .param("word", WORD).update();
    }
}
