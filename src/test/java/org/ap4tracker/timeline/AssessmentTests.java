package org.ap4tracker.timeline;

import java.util.List;

import org.ap4tracker.support.Pages;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Storyline statuses as the editors' dated, sourced assessments: on the page, in the API and on the desk. */
@TrackerIntegrationTest
class AssessmentTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @AfterEach
    void removeTestAssessments() {
        jdbc.sql("delete from development_assessment where recorded_by = 'editor'").update();
        jdbc.sql("""
                update development set status = 'AGREED' where slug = 'ap4-defence-industrial-cooperation'
                """).update();
    }

    @Test
    void theStorylinePageShowsEachAssessmentAsADatedStepWithItsRationaleAndSources() {
        Document page = new Pages(port).get("/developments/tokyo-liaison-office").html();

        List<Element> steps = page.select(".assessments .assessment");
        assertThat(steps).extracting(step -> step.select(".assessment__headline").text()).containsExactly(
                "Editors’ assessment, 3 May 2023: Proposed",
                "Editors’ assessment, 12 July 2023: Stalled",
                "Editors’ assessment, 25 June 2025: Stalled (current)");
        assertThat(steps.get(1).select(".assessment__rationale").text())
                .startsWith("Not in the Vilnius communiqué; France opposed");
        assertThat(steps.get(1).select(".assessment__sources a").eachAttr("href")).contains(
                "https://www.devdiscourse.com/article/technology/2520854-issue-of-nato-japan-office-still-on-table--stoltenberg");
        assertThat(page.select(".assessments__how a").attr("href")).isEqualTo("/about#assessments");
        assertThat(new Pages(port).get("/about").html().select("#assessments").text())
                .isEqualTo("How storylines are assessed");
    }

    @Test
    void everySeededStorylineHasAnAssessmentMatchingItsStatus() {
        List<String> unassessed = jdbc.sql("""
                select d.slug from development d
                where d.status is distinct from (select a.status from development_assessment a
                                                 where a.development_id = d.id order by a.assessed_on desc, a.id desc limit 1)
                """).query(String.class).list();
        assertThat(unassessed).isEmpty();
    }

    @Test
    void theApiGivesASingleStorylinesAssessments() throws Exception {
        JsonNode storyline = json.readTree(mvc.perform(get("/api/v1/developments/tokyo-liaison-office"))
                .andReturn().getResponse().getContentAsString());

        JsonNode assessments = storyline.get("assessments");
        assertThat(assessments).hasSize(3);
        assertThat(assessments.get(1).get("status").asString()).isEqualTo("STALLED");
        assertThat(assessments.get(1).get("assessedOn").asString()).isEqualTo("2023-07-12");
        assertThat(assessments.get(1).get("sources").get(0).get("url").asString()).startsWith("https://www.devdiscourse.com/");
    }

    @Test
    void anEditorRecordsAnAssessmentThatBecomesTheStatusAndAStep() throws Exception {
        mvc.perform(post("/admin/developments/ap4-defence-industrial-cooperation/assessments")
                .with(user("editor").roles("EDITOR")).with(csrf())
                .param("status", "IMPLEMENTED").param("assessedOn", "2025-09-01")
                .param("rationale", "Both consultation bodies have met.")
                .param("sources", "https://example.org/meeting A test report of the first meeting"));

        Document page = new Pages(port).get("/developments/ap4-defence-industrial-cooperation").html();
        assertThat(page.select(".assessment--latest .assessment__headline").text())
                .isEqualTo("Editors’ assessment, 1 September 2025: Implemented (current)");
        assertThat(page.select(".assessment--latest .assessment__sources a").text())
                .isEqualTo("A test report of the first meeting");
        assertThat(page.select(".storyline__meta .status-badge").text()).isEqualTo("Implemented");
    }

    @Test
    void aBadAssessmentIsExplainedBesideItsFieldsAndNothingIsRecorded() throws Exception {
        MvcResult result = mvc.perform(post("/admin/developments/tokyo-liaison-office/assessments")
                .with(user("editor").roles("EDITOR")).with(csrf())
                .param("status", "ABANDONED").param("assessedOn", "2999-01-01").param("rationale", "")
                .param("sources", "not an address")).andReturn();

        Document form = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.select("#assessedOn-error").text()).isEqualTo("An assessment cannot be dated in the future.");
        assertThat(form.select("#rationale-error").text()).isEqualTo("Say briefly why.");

        MvcResult badLine = mvc.perform(post("/admin/developments/tokyo-liaison-office/assessments")
                .with(user("editor").roles("EDITOR")).with(csrf())
                .param("status", "ABANDONED").param("assessedOn", "2025-01-01").param("rationale", "Dropped.")
                .param("sources", "https://example.org/ok A fine source\nnot an address")).andReturn();
        assertThat(Jsoup.parse(badLine.getResponse().getContentAsString()).select("#sources-error").text())
                .isEqualTo("Line 2 is not an address (http or https) followed by a space and the source's name.");
        assertThat(jdbc.sql("select count(*) from development_assessment where recorded_by = 'editor'")
                .query(Integer.class).single()).isZero();
    }
}
