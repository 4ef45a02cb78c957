package org.ap4tracker.admin;

import java.nio.charset.StandardCharsets;

import org.ap4tracker.support.EventForm;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The event form without script: after each round trip the editor is back where they were working, a
 * failed save leads to each wrong field, and the date shows what readers will see.
 */
@TrackerIntegrationTest
class FormThatKeepsYourPlaceTests extends EditorAtTheDesk {

    @Test
    void eachRowButtonReturnsToTheRowItChangesAndTheRowsFieldsComeBeforeItsButtons() throws Exception {
        Document blank = Jsoup.parse(mvc.perform(get("/admin/events/new").with(EDITOR)).andReturn().getResponse()
                .getContentAsString());
        assertThat(blank.select("#add-source").attr("formaction")).isEqualTo("/admin/events#source-2");

        Document page = form(post("/admin/events").param("action", "addSource"), EventForm.valid("Rows"));

        assertThat(page.select("fieldset#source-2 input[name='sources[1].title']")).hasSize(1);
        assertThat(page.select("fieldset#source-2 :is(input, select, textarea, button)").first().attr("name"))
                .isEqualTo("sources[1].title");
        assertThat(page.select("#add-source").attr("formaction")).isEqualTo("/admin/events#source-3");
        assertThat(page.select("#move-source-1-up").attr("formaction")).isEqualTo("/admin/events#source-1");
        assertThat(page.select("#error-summary")).isEmpty();
    }

    @Test
    void movingASourceDownSwapsTheRowsAndKeepsFocusOnItsMoveButton() throws Exception {
        Document page = form(post("/admin/events").param("action", "moveSource:0:down"), EventForm.valid("Moves")
                .set("sources[1].title", "Second").set("sources[1].url", "https://example.org/2"));

        assertThat(page.select("input[name~=^sources\\[\\d+\\]\\.title$]").eachAttr("value"))
                .containsExactly("Second", "First source");
        assertThat(page.select("#move-source-0-up").hasAttr("hidden")).isTrue();
        assertThat(jdbc.sql("select count(*) from event where slug like '2031-%'").query(Integer.class).single()).isZero();
    }

    @Test
    void aFailedSaveOpensWithASummaryThatLinksToEveryWrongField() throws Exception {
        Document page = form(post("/admin/events"), EventForm.valid("Wrong").set("title", "")
                .set("sources[0].url", "ftp://example.org/nope"));

        assertThat(page.select("#error-summary").hasAttr("autofocus")).isTrue();
        assertThat(page.select("#error-summary").attr("role")).isEqualTo("alert");
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#title", "#sources0.url");
        for (String id : page.select("#error-summary a").eachAttr("href")) {
            assertThat(page.getElementById(id.substring(1))).as(id).isNotNull();
            assertThat(page.getElementById(id.substring(1)).attr("aria-invalid")).as(id).isEqualTo("true");
        }
    }

    @Test
    void aRuleAboutTheWholeEventLinksToThePartOfTheFormItConcerns() throws Exception {
        Document page = form(post("/admin/events").param("action", "publish"), EventForm.valid("No source")
                .withoutRow("sources[0]"));

        assertThat(page.select("#error-summary a[href=#sources]").text()).contains("Add at least one source");
    }

    @Test
    void theDateShowsWhatReadersWillSeeAndAMonthCanBeTypedAsYearAndMonth() throws Exception {
        Document page = form(post("/admin/events").param("action", "previewDate"), EventForm.valid("Mid month")
                .set("startDate", "2031-04").set("precision", "MONTH").set("qualifier", "MID"));

        assertThat(page.select(".date-preview__shown strong").text()).isEqualTo("mid-April 2031");
        assertThat(page.select(".date-preview__days").text()).isEqualTo("It can mean any day from 11 April 2031 to 20 April 2031.");
        assertThat(page.select("button[value=previewDate]").attr("formaction")).isEqualTo("/admin/events#date-preview");

        MvcResult saved = mvc.perform(EventForm.valid("Mid month").set("startDate", "2031-04").set("precision", "MONTH")
                .set("qualifier", "MID").into(post("/admin/events")).with(EDITOR).with(csrf())).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/events/2031-04-mid-month");
        assertThat(jdbc.sql("select start_date || ' ' || date_precision || ' ' || date_qualifier from event where slug = :slug")
                .param("slug", "2031-04-mid-month").query(String.class).single()).isEqualTo("2031-04-01 MONTH MID");
    }

    @Test
    void theDatePreviewEndpointAnswersForWhatIsTypedAndNeverFails() throws Exception {
        String mid = mvc.perform(get("/admin/events/date-preview").param("startDate", "2031")
                .param("precision", "YEAR").param("qualifier", "LATE").with(EDITOR)).andReturn().getResponse()
                .getContentAsString();
        MvcResult nonsense = mvc.perform(get("/admin/events/date-preview").param("startDate", "31/12/2031")
                .param("precision", "SOMETIMES").param("qualifier", "MID").with(EDITOR)).andReturn();
        MvcResult impossible = mvc.perform(get("/admin/events/date-preview").param("startDate", "2031-03-04")
                .param("precision", "DAY").param("qualifier", "MID").with(EDITOR)).andReturn();

        assertThat(mid).contains("\"shown\":\"late 2031\"");
        assertThat(nonsense.getResponse().getStatus()).isEqualTo(200);
        assertThat(nonsense.getResponse().getContentAsString()).contains("Enter a date, its precision and a qualifier");
        assertThat(impossible.getResponse().getContentAsString()).contains("cannot be shown");
    }

    @Test
    void aJapaneseOrKoreanDeskPreviewsTheDateAsItsReadersWillSeeIt() throws Exception {
        String japanese = mvc.perform(get("/admin/events/date-preview").param("startDate", "2031-04-01")
                .param("precision", "MONTH").param("qualifier", "MID").header("Accept-Language", "ja").with(EDITOR))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String korean = mvc.perform(get("/admin/events/date-preview").param("startDate", "2031-04-01")
                .param("precision", "MONTH").param("qualifier", "MID").header("Accept-Language", "ko").with(EDITOR))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(japanese).contains("\"shown\":\"2031年4月中旬\"").contains("2031年4月11日から2031年4月20日まで");
        assertThat(korean).contains("\"shown\":\"2031년 4월 중순\"").contains("2031년 4월 11일부터 2031년 4월 20일까지");
    }

    @Test
    void theFullPreviewIsThePublicPageOfTheUnsavedEventMarkedAsAPreview() throws Exception {
        Document page = form(post("/admin/events").param("action", "previewPage"), EventForm.valid("Previewed whole")
                .set("development", "tokyo-liaison-office").set("precision", "MONTH").set("qualifier", "EARLY")
                .set("sources[1].title", "Second source").set("sources[1].url", "https://example.org/second")
                .set("related", "2023-07-11-vilnius-summit"));

        assertThat(page.select(".preview-banner").text()).startsWith("Preview:").contains("Nothing has been saved");
        assertThat(page.select("main.page--event h1").text()).isEqualTo("Previewed whole");
        assertThat(page.select(".entry__date").first().text()).isEqualTo("early March 2031");
        assertThat(page.select(".sources li")).hasSize(2);
        assertThat(page.text()).contains("We welcome this.", "A Minister", "NATO Vilnius Summit");
        assertThat(page.select("a[href=/developments/tokyo-liaison-office]")).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from event where slug like '2031-%'").query(Integer.class).single()).isZero();
    }

    @Test
    void theFullPreviewOfAnIncompleteEventShowsTheFormWithWhatIsMissing() throws Exception {
        Document page = form(post("/admin/events").param("action", "previewPage"), EventForm.valid("").set("title", ""));

        assertThat(page.select("#error-summary a[href=#title]")).hasSize(1);
        assertThat(page.select(".preview-banner")).isEmpty();
    }

    private Document form(MockHttpServletRequestBuilder request, EventForm form) throws Exception {
        MvcResult result = mvc.perform(form.into(request).with(EDITOR).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
