package org.ap4tracker.language;

import java.time.LocalDate;

import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A translation that leaves a text empty (the desk saves a storyline's description, or an event's body, as empty
 * when the translator left it) does not leave the reader with nothing: the page and the API show the English
 * original in its place, marked as English. A name no one has translated yet is the English one, marked too.
 */
@TrackerIntegrationTest
@Transactional
class TranslationFallbackTests {

    private static final String STORYLINE = "fallback-storyline";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(jdbc);
        jdbc.sql("insert into development (slug, title, description, status) values (:slug, 'A storyline', "
                + "'What the storyline follows, in English.', 'ONGOING')").param("slug", STORYLINE).update();
        jdbc.sql("""
                insert into development_translation (development_id, lang, title, description, source_digest, translated_by)
                select id, 'ja', '物語の題', '', 'digest', 'test' from development where slug = :slug""")
                .param("slug", STORYLINE).update();
    }

    @Test
    void aStorylineTranslatedWithoutItsDescriptionShowsTheEnglishDescriptionMarkedAsEnglish() throws Exception {
        Document page = html(get("/ja/developments/" + STORYLINE));
        Document list = html(get("/ja/developments"));

        assertThat(page.select("h1").text()).isEqualTo("物語の題");
        assertThat(page.select("h1").attr("lang")).isEqualTo("ja");
        assertThat(page.select(".lede").text()).isEqualTo("What the storyline follows, in English.");
        assertThat(page.select(".lede").attr("lang")).isEqualTo("en");
        Element listed = list.select(".storyline:has(a[href$=/" + STORYLINE + "])").first();
        assertThat(listed).isNotNull();
        assertThat(listed.select(".storyline__description").text()).isEqualTo("What the storyline follows, in English.");
        assertThat(listed.select(".storyline__description").attr("lang")).isEqualTo("en");
        assertThat(listed.select(".storyline__title a").attr("lang")).isEqualTo("ja");
    }

    @Test
    void theApiGivesTheEnglishDescriptionOfAStorylineTranslatedWithoutOneAndSaysSo() throws Exception {
        JsonNode storyline = api("/api/v1/developments/" + STORYLINE + "?lang=ja");
        JsonNode english = api("/api/v1/developments/" + STORYLINE);

        assertThat(storyline.get("title").asString()).isEqualTo("物語の題");
        assertThat(storyline.get("language").asString()).isEqualTo("ja");
        assertThat(storyline.get("description").asString()).isEqualTo("What the storyline follows, in English.");
        assertThat(storyline.get("descriptionLanguage").asString()).isEqualTo("en");
        assertThat(english.get("language").asString()).isEqualTo("en");
        assertThat(english.get("descriptionLanguage").asString()).isEqualTo("en");
    }

    @Test
    void anEventTranslatedWithAnEmptyBodyShowsTheEnglishBodyMarkedAsEnglishOnThePageAndInTheApi() throws Exception {
        long id = events.published("2030-04-01-empty-body", LocalDate.of(2030, 4, 1), "A meeting with a body", "JP");
        events.setBody(id, "The body, told in English only.");
        jdbc.sql("""
                insert into event_translation (event_id, lang, title, summary, body, source_digest, translated_by)
                values (:id, 'ko', '본문 없는 번역', '한국어 요약.', '  ', 'digest', 'test')""").param("id", id).update();

        Document page = html(get("/ko/events/2030-04-01-empty-body"));
        JsonNode event = api("/api/v1/events/2030-04-01-empty-body?lang=ko");

        assertThat(page.select("h1").text()).isEqualTo("본문 없는 번역");
        assertThat(page.select(".event__body").text()).isEqualTo("The body, told in English only.");
        assertThat(page.select(".event__body").attr("lang")).isEqualTo("en");
        assertThat(event.get("language").asString()).isEqualTo("ko");
        assertThat(event.get("bodyLanguage").asString()).isEqualTo("en");
        assertThat(event.get("body").asString()).contains("The body, told in English only.");
    }

    @Test
    void anActorAndATopicWithoutATranslationKeepTheirEnglishNamesMarkedAsEnglish() throws Exception {
        jdbc.sql("insert into actor (code, name, kind, asia_pacific_partner) values ('XQ', 'Untranslatedland', 'STATE', false)")
                .update();
        jdbc.sql("insert into topic (slug, label) values ('untranslated-topic', 'An untranslated topic')").update();
        long id = events.published("2030-04-02-names", LocalDate.of(2030, 4, 2), "A meeting of names", "XQ");
        jdbc.sql("insert into event_topic (event_id, topic_id) select :id, id from topic where slug = 'untranslated-topic'")
                .param("id", id).update();
        jdbc.sql("insert into event_topic (event_id, topic_id) select :id, id from topic where slug = 'cyber-defence'")
                .param("id", id).update();

        Document page = html(get("/ja/events/2030-04-02-names"));
        JsonNode event = api("/api/v1/events/2030-04-02-names?lang=ja");

        assertThat(page.select(".chip span[lang=en]").eachText()).contains("Untranslatedland");
        assertThat(page.select(".tags a[lang=en]").eachText()).containsExactly("An untranslated topic");
        assertThat(page.select(".tags a[lang=ja]").eachText()).hasSize(1);
        JsonNode actor = event.get("actors").get(0);
        assertThat(actor.get("name").asString()).isEqualTo("Untranslatedland");
        assertThat(actor.get("language").asString()).isEqualTo("en");
        assertThat(event.get("topics").findValuesAsString("language")).containsExactlyInAnyOrder("en", "ja");
    }

    @Test
    void textsThatAreOnlyEverWrittenInEnglishAreMarkedEnglishOnKoreanPages() throws Exception {
        Document storyline = html(get("/ko/developments/tokyo-liaison-office"));
        Document event = html(get("/ko/events/2023-07-11-vilnius-summit"));

        assertThat(storyline.select(".assessment__rationale")).isNotEmpty()
                .allSatisfy(rationale -> assertThat(rationale.attr("lang")).isEqualTo("en"));
        assertThat(event.select(".facts dd[lang=en]").eachText()).contains("Vilnius, Lithuania");
    }

    @Test
    void theChangeLogListsEventsByTheirTitleInTheReadersLanguageMarkedWithIt() throws Exception {
        long id = events.published("2030-04-03-logged", LocalDate.of(2030, 4, 3), "A logged meeting", "JP");
        jdbc.sql("""
                insert into event_translation (event_id, lang, title, summary, source_digest, translated_by)
                values (:id, 'ja', '記録された会合', '概要。', 'digest', 'test')""").param("id", id).update();

        Document japanese = html(get("/ja/changes"));
        Document korean = html(get("/ko/changes"));

        assertThat(japanese.select(".change__event a[lang=ja]").eachText()).contains("記録された会合");
        assertThat(japanese.select(".change__event a").eachText()).doesNotContain("A logged meeting");
        assertThat(korean.select(".change__event a[lang=en]").eachText()).contains("A logged meeting");
    }

    private Document html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private JsonNode api(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }
}
