package org.ap4tracker.language;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each format says which language its text is in: the feeds as a whole and, where a text is not yet translated,
 * item by item; citations with the title in the language asked for; the API's events field by field; and the
 * API's description lists the parameter and header that choose the language. MockMvc runs in the test's
 * transaction, so the untranslated event written here is rolled back.
 */
@TrackerIntegrationTest
@Transactional
class FormatLanguageTests {

    private static final String VILNIUS = "2023-07-11-vilnius-summit";
    private static final String UNTRANSLATED = "2030-05-01-untranslated-format-test";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void addAnUntranslatedEvent() {
        new TestEvents(jdbc).published(UNTRANSLATED, LocalDate.of(2030, 5, 1), "Not yet translated", "JP");
    }

    @Test
    void theAtomFeedSaysItsLanguageAndMarksEntriesStillInEnglish() throws Exception {
        Element japanese = xml(mvc.perform(get("/feed.atom?lang=ja")).andReturn().getResponse().getContentAsString());
        Element english = xml(mvc.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString());

        assertThat(japanese.getAttributeNS(XML, "lang")).isEqualTo("ja");
        assertThat(english.getAttributeNS(XML, "lang")).isEqualTo("en");
        NodeList entries = japanese.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String title = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent();
            assertThat(entry.getAttributeNS(XML, "lang")).as(title)
                    .isEqualTo(title.equals("Not yet translated") ? "en" : "");
        }
        assertThat(english.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0).getAttributes()
                .getNamedItemNS(XML, "lang")).isNull();
    }

    @Test
    void theJsonFeedSaysTheLanguageOfEachItem() throws Exception {
        JsonNode feed = json.readTree(mvc.perform(get("/feed.json?lang=ko")).andReturn().getResponse().getContentAsString());

        assertThat(feed.get("language").asString()).isEqualTo("ko");
        assertThat(feed.get("items").valueStream().filter(item -> item.get("title").asString().equals("Not yet translated"))
                .map(item -> item.get("language").asString()).toList()).containsExactly("en");
        assertThat(feed.get("items").valueStream().filter(item -> item.get("title").asString().equals("나토 빌뉴스 정상회의"))
                .map(item -> item.get("language").asString()).toList()).containsExactly("ko");
    }

    @Test
    void citationsCarryTheTitleAndPageInTheLanguageAskedForAndSayWhichItIs() throws Exception {
        var bib = mvc.perform(get("/events/" + VILNIUS + "/cite.bib?lang=ja")).andReturn().getResponse();
        JsonNode csl = json.readTree(mvc.perform(get("/events/" + VILNIUS + "/cite.json?lang=ko")).andReturn()
                .getResponse().getContentAsString()).get(0);
        String englishBib = mvc.perform(get("/events/" + VILNIUS + "/cite.bib")).andReturn().getResponse()
                .getContentAsString();

        assertThat(bib.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ja");
        assertThat(bib.getContentAsString()).contains("title = {{NATOビリニュス首脳会合}}", "langid = {japanese}",
                "url = {http://localhost/ja/events/" + VILNIUS + "}");
        assertThat(csl.get("title").asString()).isEqualTo("나토 빌뉴스 정상회의");
        assertThat(csl.get("language").asString()).isEqualTo("ko");
        assertThat(csl.get("URL").asString()).isEqualTo("http://localhost/ko/events/" + VILNIUS);
        assertThat(englishBib).contains("title = {{NATO Vilnius Summit}}", "langid = {english}",
                "url = {http://localhost/events/" + VILNIUS + "}");
    }

    @Test
    void apiEventsSayTheLanguageOfTheirTitleAndOfTheirBody() throws Exception {
        jdbc.sql("update event set body = 'Only in English.' where slug = :slug").param("slug", VILNIUS).update();

        JsonNode event = json.readTree(mvc.perform(get("/api/v1/events/" + VILNIUS + "?lang=ja")).andReturn()
                .getResponse().getContentAsString());
        JsonNode list = json.readTree(mvc.perform(get("/api/v1/events").header(HttpHeaders.ACCEPT_LANGUAGE, "ko-KR"))
                .andReturn().getResponse().getContentAsString());

        assertThat(event.get("title").asString()).isEqualTo("NATOビリニュス首脳会合");
        assertThat(event.get("language").asString()).isEqualTo("ja");
        assertThat(event.get("bodyLanguage").asString()).isEqualTo("en");
        List<JsonNode> items = list.get("events").valueStream().toList();
        assertThat(items).filteredOn(item -> item.get("slug").asString().equals(UNTRANSLATED))
                .singleElement().satisfies(item -> assertThat(item.get("language").asString()).isEqualTo("en"));
        assertThat(items).filteredOn(item -> item.get("slug").asString().equals(VILNIUS))
                .allSatisfy(item -> assertThat(item.get("language").asString()).isEqualTo("ko"));
    }

    @Test
    void theApiDescriptionListsTheLanguageParameterAndHeaderOnEveryPublicRead() throws Exception {
        OpenAPI api = new OpenAPIV3Parser().readContents(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString()).getOpenAPI();

        api.getPaths().forEach((path, item) -> {
            if (item.getGet() == null || path.equals("/api/v1/desk/events")) {
                return;
            }
            assertThat(item.getGet().getParameters()).as(path).extracting(Parameter::getName)
                    .contains("lang", "Accept-Language");
            assertThat(item.getGet().getResponses().get("200").getHeaders()).as(path).containsKey("Content-Language");
        });
        assertThat(api.getPaths().get("/api/v1/desk/events").getGet().getParameters()).extracting(Parameter::getName)
                .doesNotContain("lang");
    }

    private static Element xml(String document) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(document))).getDocumentElement();
    }
}
