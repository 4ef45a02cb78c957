package org.ap4tracker.timeline;

import java.time.LocalDate;
import java.util.List;

import org.ap4tracker.support.EventForm;
import org.ap4tracker.support.Pages;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What a reader is told about where an event's facts come from: kinds, publishers, notes, sources page, JSON-LD. */
@TrackerIntegrationTest
class ProvenanceTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Pages pages;

    @BeforeEach
    void setUp() {
        pages = new Pages(port);
    }

    @AfterEach
    void deleteTestEvents() {
        jdbc.sql("delete from event where slug like '2033-%-provenance-%'").update();
        jdbc.sql("delete from publisher p where p.name like 'Provenance %' "
                + "and not exists (select 1 from event_source s where s.publisher_id = p.id)").update();
    }

    @Test
    void sourcesAreLabelledByKindAndAWellSourcedEventSaysHowManyPublishersCorroborateIt() {
        Document page = pages.get("/events/2022-06-28-madrid-summit").html();

        assertThat(page.select(".source .source-kind").eachText())
                .containsExactly("Official", "Official", "News report", "News report", "News report", "Analysis", "Opinion");
        assertThat(page.select(".source").last().text()).contains("NATO pivots to Asia", "The Nation");
        assertThat(page.select(".provenance__note").eachText()).containsExactly("Corroborated by 6 independent publishers");
    }

    @Test
    void anEventRestingOnOneOpinionArticleSaysSo() {
        Document page = pages.get("/events/2017-nato-china-dialogue-halts").html();

        assertThat(page.select(".provenance__note").eachText())
                .containsExactly("Single source", "Based on an opinion article");
        assertThat(pages.get("/events/2015-11-25-first-joint-nato-china-anti-piracy-drill").html()
                .select(".provenance__note").eachText()).containsExactly("Single source");
    }

    @Test
    void oneOutletTypedTwoWaysIsOnePublisherAndCountsOnce() throws Exception {
        TestEvents events = new TestEvents(jdbc);
        long id = events.published("2033-01-01-provenance-one-outlet", LocalDate.of(2033, 1, 1), "One outlet", "JP");
        jdbc.sql("delete from event_source where event_id = :id").param("id", id).update();
        jdbc.sql("""
                insert into event_source (event_id, position, url, title, publisher, kind) values
                    (:id, 0, 'https://example.org/a', 'First report', 'Provenance Daily', 'NEWS'),
                    (:id, 1, 'https://example.org/b', 'Second report', '  provenance DAILY ', 'NEWS')
                """).param("id", id).update();

        assertThat(jdbc.sql("select distinct publisher from event_source where event_id = :id").param("id", id)
                .query(String.class).list()).containsExactly("Provenance Daily");
        Document page = pages.get("/events/2033-01-01-provenance-one-outlet").html();
        assertThat(page.select(".provenance__note").eachText()).isEmpty();
        Element row = pages.get("/sources").html().selectFirst(".publisher:has(.publisher__name:matchesOwn(^Provenance Daily$))");
        assertThat(row).isNotNull();
        assertThat(row.select(".publisher__events").text()).isEqualTo("1");
    }

    @Test
    void theDeskFormOffersKindsAndKnownPublishersAndSavesANewPublisherByName() throws Exception {
        Document form = Jsoup.parse(mvc.perform(get("/admin/events/new").with(user("editor").roles("EDITOR")))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("select[name='sources[0].kind'] option").eachAttr("value"))
                .containsExactly("OFFICIAL", "NEWS", "ANALYSIS", "OPINION");
        assertThat(form.select("input[name='sources[0].publisher']").attr("list")).isEqualTo("publisher-names");
        assertThat(form.select("datalist#publisher-names option").eachAttr("value")).contains("NATO", "Reuters", "The Nation");

        mvc.perform(EventForm.valid("Provenance opinion only").set("startDate", "2033-03-04")
                .set("sources[0].kind", "OPINION").set("sources[0].publisher", "Provenance Weekly")
                .into(post("/admin/events").with(user("editor").roles("EDITOR")).with(csrf()).param("action", "publish")));

        Document page = pages.get("/events/2033-03-04-provenance-opinion-only").html();
        assertThat(page.select(".source-kind").eachText()).containsExactly("Opinion");
        assertThat(page.select(".source__publisher").text()).contains("Provenance Weekly");
        assertThat(page.select(".provenance__note").eachText()).containsExactly("Single source", "Based on an opinion article");
    }

    @Test
    void theSourcesPageListsEveryCitedPublisherWithItsKindAndCountAndTheAboutPageLinksIt() {
        Document sources = pages.get("/sources").html();

        Element nato = sources.selectFirst(".publisher:has(.publisher__name:matchesOwn(^NATO$))");
        assertThat(nato).isNotNull();
        assertThat(nato.text()).contains("International organisation");
        assertThat(Integer.parseInt(nato.select(".publisher__events").text())).isGreaterThanOrEqualTo(8);
        Element reuters = sources.selectFirst(".publisher:has(.publisher__name:matchesOwn(^Reuters$))");
        assertThat(reuters.text()).contains("News organisation", "GB");
        assertThat(sources.select(".publisher__name").eachText()).doesNotContain("Nawaiwaqt (ePaper)");
        assertThat(sources.select(".page-header").text()).contains("No cited address was found dead");
        assertThat(pages.get("/about").html().select("a[href=/sources]")).hasSize(1);
    }

    @Test
    void anEventPageCarriesSchemaOrgJsonLdWithItsSourcesAsCitations() throws Exception {
        Document page = pages.get("/events/2023-07-12-nato-japan-itpp-agreed").html();

        List<Element> blocks = page.select("script[type=application/ld+json]");
        assertThat(blocks).hasSize(1);
        JsonNode ld = json.readTree(blocks.get(0).data());
        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("Event");
        assertThat(ld.get("startDate").asString()).isEqualTo("2023-07-12");
        assertThat(ld.get("about").findValuesAsString("sameAs")).contains("https://www.wikidata.org/wiki/Q17");
        assertThat(ld.get("citation").get(0).get("@type").asString()).isEqualTo("CreativeWork");
        assertThat(ld.get("citation").get(0).get("publisher").get("name").asString()).isEqualTo("NATO");
        assertThat(ld.get("citation").findValuesAsString("@type")).contains("NewsArticle", "OpinionNewsArticle");
        assertThat(pages.get("/events/2017-nato-china-dialogue-halts").html()
                .select("script[type=application/ld+json]").get(0).data()).doesNotContain("startDate");
    }

    @Test
    void aTitleThatClosesTheScriptElementStaysInsideTheJsonLd() throws Exception {
        String title = "</script><script>alert(1)</script> & <!-- provenance";
        long id = new TestEvents(jdbc).published("2033-02-02-provenance-script", LocalDate.of(2033, 2, 2), title, "JP");

        Document page = pages.get("/events/2033-02-02-provenance-script").html();
        assertThat(page.select("script:not([src^=/assets/js/])")).as("no script element appears from the title")
                .hasSize(1).allSatisfy(script -> assertThat(script.attr("type")).isEqualTo("application/ld+json"));
        String data = page.select("script[type=application/ld+json]").get(0).data();
        assertThat(data).doesNotContain("<", ">");
        assertThat(json.readTree(data).get("name").asString()).isEqualTo(title);
        assertThat(id).isPositive();
    }

    @Test
    void actorsCarryTheirWikidataItemOnTheirPageAndInTheApi() throws Exception {
        Document japan = pages.get("/actors/JP").html();
        assertThat(japan.select(".actor__wikidata a").attr("href")).isEqualTo("https://www.wikidata.org/wiki/Q17");

        JsonNode actors = json.readTree(mvc.perform(get("/api/v1/actors")).andReturn().getResponse().getContentAsString());
        JsonNode nato = null;
        for (JsonNode actor : actors.get("actors")) {
            if (actor.get("code").asString().equals("NATO")) {
                nato = actor;
            }
        }
        assertThat(nato).isNotNull();
        assertThat(nato.get("wikidata").asString()).isEqualTo("Q7184");
        assertThat(nato.get("wikidataUrl").asString()).isEqualTo("https://www.wikidata.org/wiki/Q7184");
    }

    @Test
    void theTimelineTheApiAndTheFeedsFilterBySourceKindWithFacetCounts() throws Exception {
        Document analysis = pages.get("/?source=ANALYSIS").html();
        assertThat(analysis.select(".entry__title a").eachAttr("href")).containsExactly(
                "/events/2023-07-11-vilnius-summit", "/events/2023-06-ft-reports-france-opposes-tokyo-office",
                "/events/2022-06-28-madrid-summit");
        Element opinionChoice = pages.get("/?type=SUMMIT").html().selectFirst("label.check:has(input[name=source][value=OPINION])");
        assertThat(opinionChoice.select(".facet-count").text()).as("summits citing an opinion piece").isEqualTo("2");
        assertThat(pages.get("/?type=SUMMIT&source=OPINION").html().select(".entry")).hasSize(2);
        assertThat(pages.get("/?source=RUMOUR").status()).isEqualTo(400);

        JsonNode api = json.readTree(mvc.perform(get("/api/v1/events?sourceKind=ANALYSIS")).andReturn().getResponse()
                .getContentAsString());
        List<String> listed = new java.util.ArrayList<>();
        api.get("events").forEach(event -> listed.add(event.get("slug").asString()));
        assertThat(listed).containsExactly("2023-07-11-vilnius-summit",
                "2023-06-ft-reports-france-opposes-tokyo-office", "2022-06-28-madrid-summit");
        JsonNode firstOfTwo = json.readTree(mvc.perform(get("/api/v1/events?sourceKind=ANALYSIS&limit=2")).andReturn()
                .getResponse().getContentAsString());
        assertThat(firstOfTwo.get("next").asString()).contains("sourceKind=ANALYSIS");
        assertThat(mvc.perform(get("/api/v1/events?sourceKind=RUMOUR")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(get("/feed.json?source=ANALYSIS")).andReturn().getResponse().getContentAsString())
                .contains("2023-06-ft-reports-france-opposes-tokyo-office").doesNotContain("2025-06-24-the-hague-summit");
    }
}
