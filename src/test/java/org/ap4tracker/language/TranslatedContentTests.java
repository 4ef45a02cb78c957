package org.ap4tracker.language;

import java.time.LocalDate;

import org.ap4tracker.support.StatementCounter;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Content in the reader's language: a translation where one exists, the English original marked as English
 * where not, on pages, in the API and in the feeds. MockMvc runs in the test's transaction, so the events and
 * translations a test writes are rolled back.
 */
@TrackerIntegrationTest
@Transactional
class TranslatedContentTests {

    private static final String VILNIUS = "2023-07-11-vilnius-summit";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(jdbc);
    }

    @Test
    void everySeededEventAndStorylineHasTheEditorsJapaneseAndKoreanTitleAndSummary() {
        assertThat(jdbc.sql("""
                select count(*) from event e cross join (values ('ja'), ('ko')) l (lang)
                where not exists (select 1 from event_translation t
                                  where t.event_id = e.id and t.lang = l.lang and t.translated_by = 'editors')""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from development d cross join (values ('ja'), ('ko')) l (lang)
                where not exists (select 1 from development_translation t
                                  where t.development_id = d.id and t.lang = l.lang and t.translated_by = 'editors')""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from event where status = 'PUBLISHED'").query(Long.class).single())
                .isGreaterThanOrEqualTo(29);
    }

    @Test
    void aJapanesePageShowsTheJapaneseTitleAndMarksTheUntranslatedBodyAsEnglish() throws Exception {
        long id = events.published("2030-03-01-translated", LocalDate.of(2030, 3, 1), "A translated meeting", "JP");
        events.setBody(id, "What happened, told in English only.");
        translate(id, "ja", "翻訳された会合", "日本語の概要。");

        Document page = html(mvc.perform(get("/ja/events/2030-03-01-translated")).andReturn());

        assertThat(page.select("html").attr("lang")).isEqualTo("ja");
        assertThat(page.select("h1").text()).isEqualTo("翻訳された会合");
        assertThat(page.select("h1").attr("lang")).isEqualTo("ja");
        assertThat(page.select(".lede").first().attr("lang")).isEqualTo("ja");
        assertThat(page.select(".event__body").attr("lang")).isEqualTo("en");
        assertThat(page.select(".event__body").text()).isEqualTo("What happened, told in English only.");
    }

    @Test
    void anUntranslatedEventOnAKoreanPageIsMarkedAsEnglish() throws Exception {
        events.published("2030-03-02-untranslated", LocalDate.of(2030, 3, 2), "An untranslated meeting", "KR");

        Document page = html(mvc.perform(get("/ko/events/2030-03-02-untranslated")).andReturn());

        assertThat(page.select("html").attr("lang")).isEqualTo("ko");
        assertThat(page.select("h1").text()).isEqualTo("An untranslated meeting");
        assertThat(page.select("h1").attr("lang")).isEqualTo("en");
        Document timeline = html(mvc.perform(get("/ko/?q=untranslated")).andReturn());
        assertThat(timeline.select(".entry__title[lang=en]").text()).contains("An untranslated meeting");
    }

    @Test
    void theTimelineListsTheSeededTranslationsInEachLanguage() throws Exception {
        Document japanese = html(mvc.perform(get("/ja/")).andReturn());
        Document korean = html(mvc.perform(get("/ko/")).andReturn());
        Document english = html(mvc.perform(get("/")).andReturn());

        assertThat(japanese.select(".entry__title[lang=ja]").eachText()).contains("NATOビリニュス首脳会合");
        assertThat(korean.select(".entry__title[lang=ko]").eachText()).contains("나토 빌뉴스 정상회의");
        assertThat(english.select(".entry__title[lang=en]").eachText()).contains("NATO Vilnius Summit");
        assertThat(japanese.select(".entry__storyline a[lang=ja]").eachText()).contains("NATO首脳会合とアジア太平洋パートナー");
    }

    @Test
    void aPageInJapaneseTakesNoMoreStatementsThanInEnglish() throws Exception {
        mvc.perform(get("/?cursor=")).andReturn();
        statements.reset();
        mvc.perform(get("/")).andReturn();
        int english = statements.count();
        statements.reset();
        mvc.perform(get("/ja/")).andReturn();
        int japanese = statements.count();

        assertThat(japanese).isEqualTo(english);
    }

    @Test
    void aQuoteSaidInChineseShowsTheOriginalBesideTheEnglishTranslation() throws Exception {
        Document page = html(mvc.perform(get("/ja/events/2023-05-04-china-criticises-tokyo-office-plan")).andReturn());

        assertThat(page.select(".statement__original").attr("lang")).isEqualTo("zh");
        assertThat(page.select(".statement__original").text()).contains("势必破坏地区和平稳定");
        assertThat(page.select(".statement__translation").attr("lang")).isEqualTo("en");
        assertThat(page.select(".statement__translation .statement__label").text()).isEqualTo("英語訳");
    }

    @Test
    void theApiAnswersInTheLanguageAskedForAndSaysWhichItIs() throws Exception {
        MvcResult byParameter = mvc.perform(get("/api/v1/events/" + VILNIUS + "?lang=ja")).andReturn();
        MvcResult byHeader = mvc.perform(get("/api/v1/events/" + VILNIUS).header(HttpHeaders.ACCEPT_LANGUAGE, "ko-KR,ko;q=0.9,en;q=0.5")).andReturn();
        MvcResult plain = mvc.perform(get("/api/v1/events/" + VILNIUS)).andReturn();
        MvcResult list = mvc.perform(get("/api/v1/events?lang=ja&q=" + "東京連絡事務所")).andReturn();

        assertThat(byParameter.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ja");
        assertThat(byParameter.getResponse().getContentAsString()).contains("\"title\":\"NATOビリニュス首脳会合\"");
        assertThat(byHeader.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ko");
        assertThat(byHeader.getResponse().getContentAsString()).contains("\"title\":\"나토 빌뉴스 정상회의\"");
        assertThat(byHeader.getResponse().getHeaders(HttpHeaders.VARY)).anyMatch(v -> v.contains(HttpHeaders.ACCEPT_LANGUAGE));
        assertThat(plain.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
        assertThat(plain.getResponse().getContentAsString()).contains("\"title\":\"NATO Vilnius Summit\"");
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(list.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ja");
        assertThat(list.getResponse().getContentAsString()).contains("NATO東京連絡事務所の提案、同盟国間で共有");
    }

    @Test
    void feedsAndTimelineJsTakeTheLanguageAsAParameter() throws Exception {
        MvcResult atom = mvc.perform(get("/feed.atom?lang=ja")).andReturn();
        MvcResult timelineJs = mvc.perform(get("/timelinejs.json?lang=ko")).andReturn();
        MvcResult englishAtom = mvc.perform(get("/feed.atom")).andReturn();
        MvcResult jsonFeed = mvc.perform(get("/feed.json?lang=ko")).andReturn();

        assertThat(atom.getResponse().getStatus()).isEqualTo(200);
        assertThat(atom.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ja");
        assertThat(atom.getResponse().getContentAsString()).contains("NATOビリニュス首脳会合");
        assertThat(timelineJs.getResponse().getContentAsString()).contains("나토 빌뉴스 정상회의");
        assertThat(jsonFeed.getResponse().getContentAsString()).contains("\"language\":\"ko\"", "나토 빌뉴스 정상회의");
        assertThat(englishAtom.getResponse().getContentAsString()).contains("NATO Vilnius Summit")
                .doesNotContain("NATOビリニュス首脳会合");
    }

    @Test
    void aNewTranslationOfAPublishedEventIsInThePublicChangeLogWithItsLanguage() throws Exception {
        long id = events.published("2030-03-03-logged", LocalDate.of(2030, 3, 3), "A logged meeting", "JP");

        translate(id, "ko", "기록된 회의", "한국어 요약.");

        assertThat(jdbc.sql("select language from event_change where event_id = :id and language is not null")
                .param("id", id).query(String.class).list()).containsExactly("ko");
    }

    @Test
    void theChangeLogPageMarksARevisedTranslationWithItsLanguage() throws Exception {
        jdbc.sql("""
                update event_translation set title = '나토 빌뉴스 정상회의 (수정)'
                where lang = 'ko' and event_id = (select id from event where slug = :slug)""")
                .param("slug", VILNIUS).update();

        Document changes = html(mvc.perform(get("/changes")).andReturn());

        assertThat(changes.select(".change").first().text()).contains("Korean translation", "NATO Vilnius Summit");
    }

    @Test
    void aSearchFindsJapaneseAndKoreanWordsOfTwoCharactersOrMoreInTranslationsAndQuotes() throws Exception {
        Document tokyo = html(mvc.perform(get("/ja/?q=東京")).andReturn());
        Document office = html(mvc.perform(get("/ja/?q=東京連絡事務所")).andReturn());
        Document korean = html(mvc.perform(get("/ko/?q=연락사무소")).andReturn());
        Document quote = html(mvc.perform(get("/?q=地区和平")).andReturn());
        Document nothing = html(mvc.perform(get("/ja/?q=存在しない語句")).andReturn());

        String kishidaInTokyo = "ストルテンベルグ事務総長と岸田首相、東京で日NATO協力の深化に関する共同声明";
        assertThat(tokyo.select(".entry__title").eachText()).contains("NATO東京連絡事務所の提案、同盟国間で共有",
                kishidaInTokyo);
        assertThat(office.select(".entry__title").eachText()).contains("NATO東京連絡事務所の提案、同盟国間で共有")
                .doesNotContain(kishidaInTokyo);
        assertThat(korean.select(".entry__title").eachText()).contains("나토 도쿄 연락사무소 제안, 동맹국 간 회람");
        assertThat(quote.select(".entry__title").eachText())
                .containsExactly("China's Foreign Ministry criticises planned NATO office in Tokyo");
        assertThat(nothing.select(".entry")).isEmpty();
    }

    private void translate(long eventId, String lang, String title, String summary) {
        jdbc.sql("""
                insert into event_translation (event_id, lang, title, summary, source_digest, translated_by)
                select id, :lang, :title, :summary, translation_source_digest(title, summary, body), 'test'
                from event where id = :id""")
                .param("id", eventId).param("lang", lang).param("title", title).param("summary", summary).update();
    }

    private static Document html(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
