package org.ap4tracker.timeline;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ap4tracker.accounts.Accounts;
import org.ap4tracker.accounts.ApiTokens;
import org.ap4tracker.accounts.Role;
import org.ap4tracker.support.Pages;
import org.ap4tracker.support.Pages.Page;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-text search as readers and API clients use it. The events are written through the JSON API, the way
 * editors' changes reach the database, so that the searchable text of statements and sources is kept by the
 * real write path. Each word here occurs in one part of one event only: the title of the first, the summary
 * of the second, a quote of the third, a source title of the fourth; a draft that mentions it must never be
 * found. The events are written once for the class, and slugs starting with {@value #PREFIX} are deleted
 * afterwards.
 */
@TrackerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTests {

    static final String PREFIX = "2033-";

    static final String IN_TITLE = PREFIX + "01-01-quokka-accord-signed";
    static final String IN_SUMMARY = PREFIX + "01-02-partners-meet-in-perth";
    static final String IN_QUOTE = PREFIX + "01-04-minister-answers-questions";
    static final String IN_SOURCE = PREFIX + "01-03-report-on-island-defence";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    Pages pages;

    HttpClient client = HttpClient.newHttpClient();

    String bearer;

    @BeforeAll
    void publishEventsThatMentionAQuokkaInDifferentPlaces() {
        pages = new Pages(port);
        accounts.create("search-writer", "Search Writer", Role.EDITOR, "a long enough passphrase");
        bearer = "Bearer " + tokens.create("search-writer", "search tests").secret();

        publish(event("Quokka accord signed", "Two ministers sign an accord.", "2033-01-01"));
        publish(event("Partners meet in Perth", "Talks turn to the quokka of Rottnest Island.", "2033-01-02"));
        ObjectNode quoted = event("Minister answers questions", "A press conference after the talks.", "2033-01-04");
        quoted.putArray("statements").addObject().put("speaker", "A Minister")
                .put("quote", "The quokka question is settled <b>for now</b>.").put("stance", "NEUTRAL");
        publish(quoted);
        ObjectNode reported = event("Report on island defence", "A think tank publishes a report.", "2033-01-03");
        reported.putArray("sources").addObject().put("url", "https://example.org/review").put("title", "Quokka review");
        publish(reported);
        ObjectNode draft = event("Quokka draft never published", "Not public.", "2033-01-05");
        assertThat(send("POST", "/api/v1/events", draft.toString()).statusCode()).isEqualTo(201);
    }

    @AfterAll
    void deleteWhatTheTestsWrote() {
        jdbc.sql("delete from event where slug like '" + PREFIX + "%'").update();
        jdbc.sql("delete from api_write_quota where username = 'search-writer'").update();
        jdbc.sql("delete from app_user where username = 'search-writer'").update();
    }

    @Test
    void aWordFoundOnlyInAQuoteOrASourceTitleFindsItsEventBestMatchesFirst() {
        Page results = pages.get("/?q=quokka");

        assertThat(results.status()).isEqualTo(200);
        assertThat(slugs(results)).containsExactly(IN_TITLE, IN_SUMMARY, IN_QUOTE, IN_SOURCE);
        assertThat(results.text(".results-heading")).isEqualTo("4 events matching \u201cquokka\u201d, best matches first");
        assertThat(apiSlugs("/api/v1/events?q=quokka")).containsExactly(IN_TITLE, IN_SUMMARY, IN_QUOTE, IN_SOURCE);

        Page byDate = pages.get("/?q=quokka&order=newest");
        assertThat(slugs(byDate)).containsExactly(IN_QUOTE, IN_SOURCE, IN_SUMMARY, IN_TITLE);
        assertThat(apiSlugs("/api/v1/events?q=quokka&order=newest"))
                .containsExactly(IN_QUOTE, IN_SOURCE, IN_SUMMARY, IN_TITLE);
        assertThat(slugs(pages.get("/?q=quokka+review"))).containsExactly(IN_SOURCE);
        assertThat(slugs(pages.get("/?q=%22quokka+question%22"))).containsExactly(IN_QUOTE);
    }

    @Test
    void theWordsFoundAreMarkedAndAQuoteIsShownAsText() {
        Page results = pages.get("/?q=quokkas");

        Element title = entry(results, IN_TITLE);
        assertThat(title.select(".entry__title mark").eachText()).containsExactly("Quokka");
        assertThat(title.select(".entry__title").text()).isEqualTo("Quokka accord signed");
        assertThat(entry(results, IN_SUMMARY).select(".entry__summary mark").eachText()).containsExactly("quokka");

        Element quoted = entry(results, IN_QUOTE);
        assertThat(quoted.select(".entry__excerpt mark").eachText()).containsExactly("quokka");
        assertThat(quoted.select(".entry__excerpt").text()).contains("The quokka question is settled");
        assertThat(quoted.select(".entry__excerpt b, .entry__excerpt script")).isEmpty();
        assertThat(entry(results, IN_SOURCE).select(".entry__excerpt").text()).contains("Quokka review");
        // Who said it, what was said and the source each stand apart.
        assertThat(quoted.select(".excerpt__speaker").text()).isEqualTo("A Minister");
        assertThat(quoted.select("q.excerpt__quote").text()).startsWith("The quokka question is settled");
        assertThat(entry(results, IN_SOURCE).select("cite.excerpt__source").text()).isEqualTo("Quokka review");
        assertThat(results.html().select(".entry__excerpt")).hasSize(2);
    }

    @Test
    void aCorrectedSourceTitleIsFoundByItsNewWordsAndNoLongerByItsOld() {
        ObjectNode reported = event("Survey of the outer islands", "A survey is published.", "2033-02-01");
        reported.putArray("sources").addObject().put("url", "https://example.org/survey").put("title", "Wallaby survey");
        publish(reported);
        String path = "/api/v1/events/" + PREFIX + "02-01-survey-of-the-outer-islands";
        assertThat(slugs(pages.get("/?q=wallaby"))).containsExactly(PREFIX + "02-01-survey-of-the-outer-islands");
        String etag = send("GET", path, null).headers().firstValue("ETag").orElseThrow();
        reported.putArray("sources").addObject().put("url", "https://example.org/survey").put("title", "Wombat survey");

        HttpResponse<String> replaced = send("PUT", path, reported.toString(), "If-Match", etag);

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(slugs(pages.get("/?q=wallaby"))).isEmpty();
        assertThat(slugs(pages.get("/?q=wombat"))).containsExactly(PREFIX + "02-01-survey-of-the-outer-islands");
    }

    @Test
    void bestMatchesPageWithoutRepeatsOrGapsAndADateCursorCannotContinueThem() {
        List<String> paged = new ArrayList<>();
        String next = "/api/v1/events?q=quokka&limit=1";
        while (next != null) {
            JsonNode page = json.readTree(send("GET", next, null).body());
            page.get("events").forEach(event -> paged.add(event.get("slug").asString()));
            next = page.hasNonNull("next") ? URI.create(page.get("next").asString()).getRawPath() + "?"
                    + URI.create(page.get("next").asString()).getRawQuery() : null;
        }
        assertThat(paged).containsExactly(IN_TITLE, IN_SUMMARY, IN_QUOTE, IN_SOURCE);

        JsonNode byDate = json.readTree(send("GET", "/api/v1/events?q=quokka&order=newest&limit=1", null).body());
        String dateCursor = URI.create(byDate.get("next").asString()).getRawQuery().replaceAll(".*cursor=", "");
        assertThat(send("GET", "/api/v1/events?q=quokka&cursor=" + dateCursor, null).statusCode()).isEqualTo(400);
        assertThat(pages.get("/?q=quokka&cursor=" + dateCursor).status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'); drop table event; --", "quokka & | ! :* <->", "\"unbalanced", "<script>alert(1)</script>",
            "\\", "%_", "or", "-", "!!!", "quokka:*A", "the"})
    void anyTextIsASafeQuery(String text) {
        String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);

        Page page = pages.get("/?q=" + encoded);
        HttpResponse<String> api = send("GET", "/api/v1/events?q=" + encoded, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("input[name=q]").attr("value")).isEqualTo(text);
        // The site's own script file is the only script a page may carry.
        assertThat(page.html().select("script:not([src^=/assets/js/])")).isEmpty();
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from event where slug like '" + PREFIX + "01-%'").query(Integer.class)
                .single()).isEqualTo(5);
    }

    @Test
    void searchTextLongerThan200CharactersIsRefusedBesideTheSearchBox() {
        Page page = pages.get("/?q=" + "a".repeat(201));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text(".filters__search .field-error")).isEqualTo("Search for at most 200 characters.");
        assertThat(pages.get("/?q=" + "a".repeat(200)).status()).isEqualTo(200);
    }

    private ObjectNode event(String title, String summary, String day) {
        ObjectNode event = json.createObjectNode()
                .put("title", title)
                .put("summary", summary)
                .put("startDate", day)
                .put("precision", "DAY")
                .put("qualifier", "EXACT")
                .put("type", "MEETING");
        event.putArray("actors").add("AU");
        event.putArray("sources").addObject().put("url", "https://example.org/").put("title", "A source");
        return event;
    }

    private void publish(ObjectNode event) {
        HttpResponse<String> created = send("POST", "/api/v1/events?publish=true", event.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", bearer)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private List<String> apiSlugs(String path) {
        HttpResponse<String> response = client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString()).join();
        List<String> slugs = new ArrayList<>();
        json.readTree(response.body()).get("events").forEach(event -> slugs.add(event.get("slug").asString()));
        return slugs;
    }

    private static List<String> slugs(Page page) {
        return page.html().select(".entry__title a").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1))
                .toList();
    }

    private static Element entry(Page page, String slug) {
        return page.html().select(".entry:has(.entry__title a[href$=" + slug + "])").first();
    }
}
