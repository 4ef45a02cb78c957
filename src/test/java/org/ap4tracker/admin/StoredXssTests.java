package org.ap4tracker.admin;

import java.util.List;

import org.ap4tracker.support.EventForm;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Script and HTML typed into every text field of an event, through the admin form, stay text on every page
 * that shows them: no script element, no event-handler attribute and no javascript: link reaches a page.
 */
@TrackerIntegrationTest
class StoredXssTests {

    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    static final String PAYLOAD = SCRIPT + IMAGE;
    static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");
    static final String SLUG = "2031-05-06-hostile";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeEvent() {
        jdbc.sql("delete from event where slug = :slug").param("slug", SLUG).update();
    }

    @Test
    void hostileTextInEveryFieldRendersInertOnPublicAndAdminPages() throws Exception {
        EventForm form = EventForm.valid("Hostile " + PAYLOAD)
                .set("slug", SLUG)
                .set("startDate", "2031-05-06")
                .set("summary", "Summary " + PAYLOAD)
                .set("location", "Location " + PAYLOAD)
                .set("body", "Body " + PAYLOAD + "\n\n[click](javascript:alert(1)) <a href=\"javascript:alert(2)\">raw</a>"
                        + " <div onmouseover=\"alert(3)\">hover</div>")
                .set("sources[0].title", "Source " + PAYLOAD)
                .set("sources[0].publisher", "Publisher " + PAYLOAD)
                .set("sources[0].url", "https://example.org/?q=" + "%22%3E%3Cscript%3E")
                .set("statements[0].speaker", "Speaker " + PAYLOAD)
                .set("statements[0].speakerRole", "Role " + PAYLOAD)
                .set("statements[0].quote", "Quote " + PAYLOAD)
                .set("statements[0].paraphrase", "Paraphrase " + PAYLOAD)
                .set("statements[0].originalText", "Original " + PAYLOAD)
                .set("changeNote", "Note " + PAYLOAD);
        assertThat(mvc.perform(form.into(post("/admin/events")).param("action", "publish").with(EDITOR).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/events/" + SLUG);

        List<String> pages = List.of("/", "/events/" + SLUG, "/actors/JP", "/admin", "/admin/events",
                "/admin/events/" + SLUG, "/admin/events/" + SLUG + "/history", "/admin/audit");
        for (String path : pages) {
            RequestPostProcessor who = path.startsWith("/admin") ? user("admin").roles("ADMIN") : request -> request;
            Document page = Jsoup.parse(mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString());
            // The site's own script file and the event's JSON-LD data block are the only scripts a page may carry.
            assertThat(page.select("script:not([src^=/assets/js/]):not([type=application/ld+json])")).as(path).isEmpty();
            assertThat(page.select("script[type=application/ld+json]").html()).as(path).doesNotContain("<");
            assertThat(page.select("img")).as(path).isEmpty();
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as(path + " " + element.tagName()).doesNotStartWith("on");
                    assertThat(attribute.getValue().strip().toLowerCase()).as(path).doesNotStartWith("javascript:");
                }
            }
            assertThat(page.text()).as(path).contains("Hostile " + SCRIPT);
        }
        Document event = Jsoup.parse(mvc.perform(get("/events/" + SLUG)).andReturn().getResponse().getContentAsString());
        assertThat(event.text()).contains("Quote " + PAYLOAD, "Speaker " + PAYLOAD, "Source " + PAYLOAD, "Body " + PAYLOAD);
    }
}
