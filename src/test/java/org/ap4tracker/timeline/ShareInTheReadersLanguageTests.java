package org.ap4tracker.timeline;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a Japanese or Korean reader passes on stays in their language: the code to embed a view embeds that
 * language's embed, the embed links back to the timeline in its own language, a shared link's preview says its
 * locale and shows the card drawn in that language, and each language's card is its own image with its own tag.
 */
@TrackerIntegrationTest
class ShareInTheReadersLanguageTests {

    private static final String VILNIUS = "2023-07-11-vilnius-summit";
    private static final String ORIGIN = "http://localhost";

    @Autowired
    MockMvc mvc;

    @Test
    void theEmbedCodeOnAJapaneseOrKoreanPageEmbedsThatLanguagesEmbed() throws Exception {
        String japanese = html("/ja/?actor=JP").select("#embed-code").text();
        String korean = html("/ko/developments/tokyo-liaison-office").select("#embed-code").text();
        String english = html("/?actor=JP").select("#embed-code").text();

        assertThat(japanese).contains("src=\"" + ORIGIN + "/ja/embed?actor=JP\"");
        assertThat(korean).contains("src=\"" + ORIGIN + "/ko/embed?development=tokyo-liaison-office\"");
        assertThat(english).contains("src=\"" + ORIGIN + "/embed?actor=JP\"").doesNotContain("/ja/", "/ko/");
    }

    @Test
    void theEmbedLinksBackToTheTimelineInItsOwnLanguage() throws Exception {
        Document japanese = html("/ja/embed?actor=JP");
        Document korean = html("/ko/embed");
        Document english = html("/embed?actor=JP");

        assertThat(japanese.select("html").attr("lang")).isEqualTo("ja");
        assertThat(japanese.select(".embed__more a").attr("href")).isEqualTo(ORIGIN + "/ja/?actor=JP");
        assertThat(japanese.select(".embed__more a").text()).isNotEqualTo(english.select(".embed__more a").text());
        assertThat(japanese.select(".site-name").attr("href")).isEqualTo(ORIGIN + "/ja/?actor=JP");
        assertThat(japanese.select(".entry__title a").eachAttr("href")).isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("/ja/events/"));
        assertThat(korean.select(".embed__more a").attr("href")).isEqualTo(ORIGIN + "/ko/");
        assertThat(english.select(".embed__more a").attr("href")).isEqualTo(ORIGIN + "/?actor=JP");
    }

    @Test
    void aPageSaysItsOpenGraphLocaleAndTheOthersItHas() throws Exception {
        Document japanese = html("/ja/events/" + VILNIUS);
        Document korean = html("/ko/");
        Document english = html("/developments");

        assertThat(japanese.select("meta[property=og:locale]").attr("content")).isEqualTo("ja_JP");
        assertThat(japanese.select("meta[property=og:locale:alternate]").eachAttr("content"))
                .containsExactly("en_GB", "ko_KR");
        assertThat(korean.select("meta[property=og:locale]").attr("content")).isEqualTo("ko_KR");
        assertThat(english.select("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
        assertThat(english.select("meta[property=og:locale:alternate]").eachAttr("content"))
                .containsExactly("ja_JP", "ko_KR");
    }

    @Test
    void aJapanesePageSharesTheCardDrawnInJapanese() throws Exception {
        String japanese = html("/ja/events/" + VILNIUS).select("meta[property=og:image]").attr("content");
        String korean = html("/ko/events/" + VILNIUS).select("meta[name=twitter:image]").attr("content");
        String english = html("/events/" + VILNIUS).select("meta[property=og:image]").attr("content");

        assertThat(japanese).startsWith(ORIGIN + "/events/" + VILNIUS + "/card.png?v=").endsWith("&lang=ja");
        assertThat(korean).endsWith("&lang=ko");
        assertThat(english).startsWith(ORIGIN + "/events/" + VILNIUS + "/card.png?v=").doesNotContain("lang=");
        MvcResult card = mvc.perform(get(japanese.substring(ORIGIN.length()))).andReturn();
        assertThat(card.getResponse().getStatus()).isEqualTo(200);
        assertThat(card.getResponse().getContentType()).isEqualTo("image/png");
    }

    @Test
    void eachLanguagesCardIsItsOwnImageWithItsOwnTag() throws Exception {
        String path = "/events/" + VILNIUS + "/card.png";
        MvcResult japanese = mvc.perform(get(path + "?lang=ja")).andReturn();
        MvcResult korean = mvc.perform(get(path + "?lang=ko")).andReturn();
        MvcResult english = mvc.perform(get(path)).andReturn();
        String japaneseTag = japanese.getResponse().getHeader(HttpHeaders.ETAG);

        assertThat(japaneseTag).isNotBlank();
        assertThat(japanese.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ja");
        assertThat(korean.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(japaneseTag);
        assertThat(english.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(japaneseTag)
                .isNotEqualTo(korean.getResponse().getHeader(HttpHeaders.ETAG));
        assertThat(japanese.getResponse().getContentAsByteArray()).isNotEqualTo(english.getResponse().getContentAsByteArray())
                .isNotEqualTo(korean.getResponse().getContentAsByteArray());
        MvcResult unchanged = mvc.perform(get(path + "?lang=ja").header(HttpHeaders.IF_NONE_MATCH, japaneseTag))
                .andReturn();
        assertThat(unchanged.getResponse().getStatus()).isEqualTo(304);
        // The 304 renews the copy for as long as the 200 allowed.
        assertThat(unchanged.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                .isEqualTo(japanese.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age");
        assertThat(mvc.perform(get(path + "?lang=ko").header(HttpHeaders.IF_NONE_MATCH, japaneseTag)).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, japaneseTag)).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    private Document html(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
