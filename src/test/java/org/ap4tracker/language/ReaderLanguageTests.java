package org.ap4tracker.language;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The reader's language over real HTTP: chosen by the address, then the switch, then Accept-Language; every
 * page marked with its language and linking to itself in the others; links staying in the language; caches
 * told what the answer depends on; and the API and feeds left as they were.
 */
@TrackerIntegrationTest
class ReaderLanguageTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theJapaneseTimelineIsInJapaneseWithJapaneseDates() throws Exception {
        HttpResponse<String> response = fetch("/ja/");
        Document page = parse(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select("html").attr("lang")).isEqualTo("ja");
        assertThat(page.select("h1").text()).isEqualTo("NATOとアジア太平洋：年表");
        assertThat(page.select(".timeline__month-heading").eachText()).contains("2023年7月", "2023年4月", "年のみ判明");
        assertThat(page.select(".entry__date").eachText())
                .contains("2023年4月中旬", "2023年7月11日–12日", "2017年以降", "2023年頃");
        assertThat(response.headers().allValues("Vary")).noneMatch(vary -> vary.contains("Accept-Language"));
    }

    @Test
    void theKoreanTimelineIsInKoreanWithKoreanDates() throws Exception {
        Document page = parse(fetch("/ko/"));

        assertThat(page.select("html").attr("lang")).isEqualTo("ko");
        assertThat(page.select("h1").text()).isEqualTo("NATO와 아시아·태평양: 타임라인");
        assertThat(page.select(".entry__date").eachText())
                .contains("2023년 4월 중순", "2023년 7월 11–12일", "2017년 이후", "2023년경");
    }

    @Test
    void linksOnAPrefixedPageStayInItsLanguageAndFeedsExportsAndTheApiAskForIt() throws Exception {
        Document page = parse(fetch("/ja/?actor=CN"));

        assertThat(page.select(".site-nav a").eachAttr("href"))
                .containsExactly("/ja/", "/ja/developments", "/ja/changes", "/ja/about");
        assertThat(page.select(".entry__title a").eachAttr("href")).isNotEmpty().allMatch(href -> href.startsWith("/ja/events/"));
        assertThat(page.select(".order-toggle a").attr("href")).isEqualTo("/ja/?actor=CN&order=oldest");
        // Feeds, calendar and exports keep their address and ask for the page's language, so a calendar program
        // that subscribes from a Japanese page, and sends no cookie, gets the Japanese calendar.
        assertThat(page.select(".formats a").eachAttr("href")).containsExactly("/feed.atom?actor=CN&lang=ja",
                "/feed.json?actor=CN&lang=ja", "/calendar.ics?actor=CN&lang=ja", "/events.csv?actor=CN&lang=ja",
                "/timelinejs.json?actor=CN&lang=ja");
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/feed.atom?actor=CN&lang=ja");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).startsWith("/assets/");

        Document event = parse(fetch("/ko/events/2023-07-12-nato-japan-itpp-agreed"));
        assertThat(event.select("a[type=application/json]").attr("href"))
                .isEqualTo("/api/v1/events/2023-07-12-nato-japan-itpp-agreed?lang=ko");
        assertThat(event.select("a[type=application/x-bibtex]").attr("href"))
                .isEqualTo("/events/2023-07-12-nato-japan-itpp-agreed/cite.bib?lang=ko");

        Document english = parse(fetch("/?actor=CN"));
        assertThat(english.select(".formats a").eachAttr("href")).isNotEmpty().noneMatch(href -> href.contains("lang="));
    }

    @Test
    void everyPageNamesItselfInEveryLanguageAndOffersASwitch() throws Exception {
        Document page = parse(fetch("/ko/events/2023-07-12-nato-japan-itpp-agreed"));
        String origin = "http://localhost:" + port;

        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactly("en", "ja", "ko", "x-default");
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("href")).containsExactly(
                origin + "/events/2023-07-12-nato-japan-itpp-agreed",
                origin + "/ja/events/2023-07-12-nato-japan-itpp-agreed",
                origin + "/ko/events/2023-07-12-nato-japan-itpp-agreed",
                origin + "/events/2023-07-12-nato-japan-itpp-agreed");
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo(origin + "/ko/events/2023-07-12-nato-japan-itpp-agreed");
        assertThat(page.select(".language-switch a").eachText()).containsExactly("English", "日本語", "한국어");
        assertThat(page.select(".language-switch a").eachAttr("href")).containsExactly(
                "/events/2023-07-12-nato-japan-itpp-agreed?lang=en",
                "/ja/events/2023-07-12-nato-japan-itpp-agreed?lang=ja",
                "/ko/events/2023-07-12-nato-japan-itpp-agreed?lang=ko");
        assertThat(page.select(".language-switch a[aria-current=true]").text()).isEqualTo("한국어");
        assertThat(page.select(".language-switch a").eachAttr("lang")).containsExactly("en", "ja", "ko");
    }

    @Test
    void anUnprefixedPageFollowsAcceptLanguageAndSaysItVaries() throws Exception {
        HttpResponse<String> korean = fetch("/", "Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8");
        HttpResponse<String> french = fetch("/", "Accept-Language", "fr-FR,fr;q=0.9");

        assertThat(parse(korean).select("html").attr("lang")).isEqualTo("ko");
        assertThat(parse(french).select("html").attr("lang")).isEqualTo("en");
        assertThat(String.join(",", korean.headers().allValues("Vary")).toLowerCase(Locale.ROOT))
                .contains("accept-language", "cookie");
        assertThat(korean.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void theSwitchIsRememberedAndBeatsAcceptLanguageButNotTheAddress() throws Exception {
        HttpResponse<String> switched = fetch("/developments?lang=ja");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValue("/ja/developments");
        assertThat(switched.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String cookie = switched.headers().firstValue("Set-Cookie").orElse("");
        assertThat(cookie).startsWith(ReaderLocaleResolver.COOKIE_NAME + "=ja").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        String remembered = cookie.substring(0, cookie.indexOf(';'));

        assertThat(parse(fetch("/", "Cookie", remembered, "Accept-Language", "ko")).select("html").attr("lang"))
                .isEqualTo("ja");
        assertThat(parse(fetch("/ko/", "Cookie", remembered)).select("html").attr("lang")).isEqualTo("ko");
    }

    @Test
    void switchingBackToEnglishKeepsTheFiltersAndDropsThePrefix() throws Exception {
        HttpResponse<String> switched = fetch("/ja/?actor=CN&lang=en");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValue("/?actor=CN");
        assertThat(switched.headers().firstValue("Set-Cookie").orElse("")).startsWith(ReaderLocaleResolver.COOKIE_NAME + "=en");
    }

    @Test
    void aCookieThisSiteDidNotWriteIsIgnored() throws Exception {
        HttpResponse<String> response = fetch("/", "Cookie", ReaderLocaleResolver.COOKIE_NAME + "=%%%bad", "Accept-Language", "ja");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parse(response).select("html").attr("lang")).isEqualTo("ja");
    }

    @Test
    void aMissingPrefixedPageIsAJapaneseNotFoundPage() throws Exception {
        HttpResponse<String> response = fetch("/ja/events/no-such-event");
        Document page = parse(response);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.select("html").attr("lang")).isEqualTo("ja");
        assertThat(page.select("h1").text()).isEqualTo("ページが見つかりません");
        assertThat(page.select(".site-nav a").eachAttr("href")).contains("/ja/developments");
    }

    @Test
    void theApiAnswersInTheLanguageItIsAskedForAndFeedsOnlyInTheOneTheyAreAskedForByParameter() throws Exception {
        HttpResponse<String> english = fetch("/api/v1/events?actor=JP", "Accept", "application/json");
        HttpResponse<String> asked = fetch("/api/v1/events?actor=JP", "Accept", "application/json",
                "Accept-Language", "ja", "Cookie", ReaderLocaleResolver.COOKIE_NAME + "=ko");
        // Asked again without a cookie, so the second answer may come from the response cache: same language.
        HttpResponse<String> anonymous = fetch("/api/v1/events?actor=JP", "Accept", "application/json",
                "Accept-Language", "ja");
        HttpResponse<String> again = fetch("/api/v1/events?actor=JP", "Accept", "application/json",
                "Accept-Language", "ja");
        HttpResponse<String> feed = fetch("/feed.atom", "Accept", "application/atom+xml", "Accept-Language", "ko");

        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(english.body()).contains("\"title\":\"NATO Vilnius Summit\"");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.headers().firstValue("Content-Language")).as("Accept-Language decides, not the pages' cookie")
                .hasValue("ja");
        assertThat(asked.body()).contains("\"title\":\"NATOビリニュス首脳会合\"");
        assertThat(String.join(",", asked.headers().allValues("Vary")).toLowerCase(Locale.ROOT))
                .contains("accept-language");
        for (HttpResponse<String> cached : List.of(anonymous, again)) {
            assertThat(cached.headers().firstValue("Content-Language")).hasValue("ja");
            assertThat(cached.body()).isEqualTo(asked.body());
        }
        assertThat(feed.body()).contains("Dated developments in NATO").doesNotContain("타임라인");
        assertThat(fetch("/ja/api/v1/events").statusCode()).isEqualTo(404);
        assertThat(fetch("/ja/feed.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void theDeskSpeaksTheEditorsLanguageAndSendsThemToSignInInIt() throws Exception {
        MvcResult anonymous = mvc.perform(get("/ja/admin/events")).andReturn();
        MvcResult desk = mvc.perform(get("/ko/admin/events").with(user("editor").roles("EDITOR"))).andReturn();
        Document page = Jsoup.parse(desk.getResponse().getContentAsString());

        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/ja/login");
        assertThat(page.select("html").attr("lang")).isEqualTo("ko");
        assertThat(page.select(".admin-nav a").eachText()).contains("사건", "주요 사안", "공개 사이트");
        assertThat(page.select(".admin-nav a").eachAttr("href")).contains("/ko/admin/events", "/ko/");
        assertThat(page.select(".language-switch a").eachAttr("href")).contains("/ja/admin/events?lang=ja");
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en", "ja", "ko",
                "x-default");
    }

    private HttpResponse<String> fetch(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

}
