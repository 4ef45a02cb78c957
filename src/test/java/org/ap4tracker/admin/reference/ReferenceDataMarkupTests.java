package org.ap4tracker.admin.reference;

import java.util.List;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.ap4tracker.admin.reference.AdminRequests.formAsEditor;
import static org.ap4tracker.admin.reference.AdminRequests.html;
import static org.ap4tracker.admin.reference.AdminRequests.pageAsEditor;
import static org.ap4tracker.admin.reference.AdminRequests.redirectFollowed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Markup typed into any text field of a storyline, actor or topic is shown as the text it is, on the admin
 * screens and on the public pages, never run. (The change note's history page is checked in
 * {@link DevelopmentHistoryTests}, since history needs committed revisions.)
 */
@TrackerIntegrationTest
@Transactional
class ReferenceDataMarkupTests {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKOUT = "\"><img src=x onerror=alert(1)>";

    @Autowired
    MockMvc mvc;

    @Test
    void scriptsInAStorylineRenderInertOnAdminAndPublicPages() throws Exception {
        MvcResult created = mvc.perform(formAsEditor("/admin/developments", "slug", "hostile-storyline",
                "title", "Title " + SCRIPT + ATTRIBUTE_BREAKOUT, "description", "Description " + SCRIPT + ATTRIBUTE_BREAKOUT,
                "status", "PROPOSED", "changeNote", "Note " + SCRIPT + ATTRIBUTE_BREAKOUT)).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/developments");

        assertInert(html(mvc.perform(redirectFollowed(created)).andReturn()), "Title ");
        for (String path : List.of("/admin/developments", "/admin/developments/hostile-storyline",
                "/admin/developments/hostile-storyline/history")) {
            assertInert(html(mvc.perform(pageAsEditor(path)).andReturn()), "Title ");
        }
        for (String path : List.of("/developments", "/developments/hostile-storyline")) {
            Document page = html(mvc.perform(get(path)).andReturn());
            assertInert(page, "Title ");
            assertInert(page, "Description ");
        }
        Document form = html(mvc.perform(pageAsEditor("/admin/developments/hostile-storyline")).andReturn());
        assertThat(form.select("textarea[name=description]").text()).isEqualTo("Description " + SCRIPT + ATTRIBUTE_BREAKOUT);
    }

    @Test
    void aRefusedFormShowsTypedMarkupInertInItsFields() throws Exception {
        Document page = html(mvc.perform(formAsEditor("/admin/developments", "slug", "Not a slug " + SCRIPT,
                "title", "", "description", ATTRIBUTE_BREAKOUT, "status", "PROPOSED",
                "changeNote", ATTRIBUTE_BREAKOUT)).andReturn());

        assertThat(page.select(".has-error")).hasSize(2);
        assertThat(page.select("input[name=slug]").val()).isEqualTo("Not a slug " + SCRIPT);
        assertThat(page.select("input[name=changeNote]").val()).isEqualTo(ATTRIBUTE_BREAKOUT);
        assertThat(page.select("script:not([src^=/assets/js/]), img, [onerror]")).isEmpty();
    }

    @Test
    void scriptsInAnActorsNameRenderInertOnAdminAndPublicPages() throws Exception {
        MvcResult saved = mvc.perform(formAsEditor("/admin/actors/JP", "name", "Name " + SCRIPT + ATTRIBUTE_BREAKOUT,
                "kind", "STATE", "asiaPacificPartner", "true", "_asiaPacificPartner", "on")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/actors/JP");

        for (String path : List.of("/admin/actors", "/admin/actors/JP")) {
            assertInert(html(mvc.perform(pageAsEditor(path)).andReturn()), "Name ");
        }
        for (String path : List.of("/actors/JP", "/", "/events/2023-07-12-nato-japan-itpp-agreed")) {
            assertInert(html(mvc.perform(get(path)).andReturn()), "Name ");
        }
    }

    @Test
    void scriptsInATopicsLabelRenderInertOnAdminAndPublicPages() throws Exception {
        MvcResult created = mvc.perform(formAsEditor("/admin/topics", "slug", "hostile-topic",
                "label", "Label " + SCRIPT + ATTRIBUTE_BREAKOUT)).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/topics");

        assertInert(html(mvc.perform(redirectFollowed(created)).andReturn()), "Label ");
        for (String path : List.of("/admin/topics", "/admin/topics/hostile-topic")) {
            assertInert(html(mvc.perform(pageAsEditor(path)).andReturn()), "Label ");
        }
        assertInert(html(mvc.perform(get("/")).andReturn()), "Label ");
    }

    /** The page shows the payload as text after {@code prefix}, and no element or attribute came of it. */
    private static void assertInert(Document page, String prefix) {
        // The site's own script file and the event's JSON-LD data block are the only scripts a page may carry.
        assertThat(page.select("script:not([src^=/assets/js/]):not([type=application/ld+json])")).as(page.title()).isEmpty();
        assertThat(page.select("img, [onerror]")).as(page.title()).isEmpty();
        assertThat(page.text()).as(page.title()).contains(prefix + SCRIPT + ATTRIBUTE_BREAKOUT);
    }
}
