package org.ap4tracker.admin;


import org.ap4tracker.support.EventForm;
import org.ap4tracker.support.StatementCounter;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The event form and lifecycle as an editor uses them. Requests commit like real ones (Envers writes
 * history only on commit), so each test makes its own events and removes them afterwards.
 */
@TrackerIntegrationTest
class EventEditingTests {

    static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");
    static final RequestPostProcessor OTHER_EDITOR = user("other").roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    @AfterEach
    void removeTestEvents() {
        jdbc.sql("delete from event where slug like '2031-%'").update();
    }

    @Test
    void anEditorCreatesADraftWhoseSlugComesFromDateAndTitle() throws Exception {
        MvcResult created = submit(post("/admin/events"), EventForm.valid("Tokyo office: talks resume"), EDITOR);

        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/events/2031-03-04-tokyo-office-talks-resume");
        assertThat(status("2031-03-04-tokyo-office-talks-resume")).isEqualTo("DRAFT");
        assertThat(mvc.perform(get("/events/2031-03-04-tokyo-office-talks-resume")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        Document form = page("/admin/events/2031-03-04-tokyo-office-talks-resume", EDITOR);
        assertThat(form.select("input[name=title]").val()).isEqualTo("Tokyo office: talks resume");
        assertThat(form.select("input[name=startDate]").val()).isEqualTo("2031-03-04");
        assertThat(form.select("input[name='sources[0].url']").val()).isEqualTo("https://example.org/first");
        assertThat(form.select("textarea[name='statements[0].quote']").text()).isEqualTo("We welcome this.");
        assertThat(form.select("input[name=actors][checked]").eachAttr("value")).containsExactlyInAnyOrder("JP", "NATO");
    }

    @Test
    void savingAndPublishingPutsTheEventOnTheTimelineWithItsSourcesAndStatement() throws Exception {
        submit(post("/admin/events").param("action", "publish"),
                EventForm.valid("Published from the desk").set("sources[1].title", "Second source")
                        .set("sources[1].url", "https://example.org/second"), EDITOR);

        Document timeline = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        Document event = Jsoup.parse(mvc.perform(get("/events/2031-03-04-published-from-the-desk")).andReturn()
                .getResponse().getContentAsString());
        assertThat(timeline.select(".entry__title").eachText()).contains("Published from the desk");
        assertThat(event.select(".sources li")).hasSize(2);
        assertThat(event.text()).contains("We welcome this.").contains("A Minister");
    }

    @Test
    void publishingWithoutASourceIsRefusedAndNothingIsWritten() throws Exception {
        MvcResult refused = submit(post("/admin/events").param("action", "publish"),
                EventForm.valid("No sources").withoutRow("sources[0]"), EDITOR);

        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.select(".form-error").text()).contains("Add at least one source before publishing");
        assertThat(page.select("input[name=title]").val()).isEqualTo("No sources");
        assertThat(jdbc.sql("select count(*) from event where slug like '2031-03-04-no-sources%'").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void eachValidationRuleSaysWhatIsWrongNextToItsField() throws Exception {
        EventForm form = EventForm.valid("")
                .set("summary", "x".repeat(601))
                .set("startDate", "2031-03-04")
                .set("endDate", "2031-03-01")
                .set("type", "")
                .set("sources[0].url", "javascript:alert(1)")
                .set("sources[0].title", "")
                .set("sources[0].publisher", "Somebody")
                .set("statements[0].quote", "")
                .set("statements[0].language", "not a language")
                .set("statements[0].stance", "")
                .set("slug", "Not A Slug");

        MvcResult result = submit(post("/admin/events"), form, EDITOR);

        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(errorFor(page, "title")).isEqualTo("Enter a title.");
        assertThat(errorFor(page, "summary")).isEqualTo("Keep the summary to 600 characters.");
        assertThat(errorFor(page, "endDate")).isEqualTo("The last day cannot be before the first.");
        assertThat(errorFor(page, "type")).isEqualTo("Choose a type.");
        assertThat(errorFor(page, "sources0.url")).isEqualTo("Enter a full web address starting with http:// or https://.");
        assertThat(errorFor(page, "sources0.title")).isEqualTo("Enter the source's title.");
        assertThat(errorFor(page, "statements0.quote")).isEqualTo("Enter the quote, or a paraphrase of what was said.");
        assertThat(errorFor(page, "statements0.language")).isEqualTo("Enter a language tag such as en, ja or zh-Hans.");
        assertThat(errorFor(page, "statements0.stance")).isEqualTo("Choose the speaker's stance.");
        assertThat(errorFor(page, "slug")).isEqualTo("Use lower-case letters, digits and single hyphens, up to 120 characters.");
        assertThat(page.select("input[name='sources[0].url']").val()).isEqualTo("javascript:alert(1)");
        assertThat(page.select("input[name='sources[0].publisher']").val()).isEqualTo("Somebody");
        assertThat(jdbc.sql("select count(*) from event where slug like '2031-%'").query(Integer.class).single()).isZero();
    }

    @Test
    void rulesBetweenDateFieldsAndReferencesAreCheckedToo() throws Exception {
        MvcResult result = submit(post("/admin/events"), EventForm.valid("Mid-day")
                .set("qualifier", "MID")
                .set("actors", "JP", "XX")
                .set("related", "2023-07-11-vilnius-summit, no-such-event"), EDITOR);

        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(errorFor(page, "qualifier")).isEqualTo("Early, mid- and late apply to a month or a year, not a single day.");

        MvcResult unknown = submit(post("/admin/events"), EventForm.valid("Unknown references")
                .set("actors", "JP", "XX")
                .set("related", "2023-07-11-vilnius-summit, no-such-event"), EDITOR);
        Document second = Jsoup.parse(unknown.getResponse().getContentAsString());
        assertThat(second.select(".has-error .field-error").eachText())
                .contains("There is no actor with the code XX.", "There is no event at the address no-such-event.");
        assertThat(second.select("input[name=related]").val()).isEqualTo("2023-07-11-vilnius-summit, no-such-event");
    }

    @Test
    void aTypedValueThatIsNotADateIsKeptAndExplained() throws Exception {
        MvcResult result = submit(post("/admin/events"), EventForm.valid("Bad date").set("startDate", "2031-13-45"), EDITOR);

        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("input[name=startDate]").val()).isEqualTo("2031-13-45");
        assertThat(errorFor(page, "startDate")).isEqualTo("Enter a real date, such as 2023-07-12.");
    }

    @Test
    void rowsAreAddedAndRemovedWithoutSavingAnything() throws Exception {
        EventForm form = EventForm.valid("Rows").set("sources[1].title", "Second").set("sources[1].url", "https://example.org/2");

        Document added = Jsoup.parse(submit(post("/admin/events").param("action", "addSource"), form, EDITOR)
                .getResponse().getContentAsString());
        Document removed = Jsoup.parse(submit(post("/admin/events").param("action", "removeSource:0"), form, EDITOR)
                .getResponse().getContentAsString());

        assertThat(added.select("input[name~=^sources\\[\\d+\\]\\.title$]")).hasSize(3);
        assertThat(removed.select("input[name~=^sources\\[\\d+\\]\\.title$]").eachAttr("value")).containsExactly("Second");
        assertThat(jdbc.sql("select count(*) from event where slug like '2031-%'").query(Integer.class).single()).isZero();
    }

    @Test
    void previewRendersTheBodyWithoutSaving() throws Exception {
        Document page = Jsoup.parse(submit(post("/admin/events").param("action", "preview"),
                EventForm.valid("Preview").set("body", "Hello **world** <script>alert(1)</script>"), EDITOR)
                .getResponse().getContentAsString());

        assertThat(page.select(".preview strong").text()).isEqualTo("world");
        assertThat(page.select(".preview script")).isEmpty();
        assertThat(jdbc.sql("select count(*) from event where slug like '2031-%'").query(Integer.class).single()).isZero();
    }

    @Test
    void aSaveBasedOnAnOldVersionIsRefusedAndShowsTheOtherEditorsChange() throws Exception {
        String slug = "2031-03-04-contested";
        Document page = savedAfterSomeoneElse("Contested", "location", "Tokyo, Japan", "summary", "My better summary.");

        assertThat(page.select(".conflict h2").text()).isEqualTo("Someone else saved this event after you opened it");
        assertThat(page.select(".conflict").text()).contains("other saved it");
        assertThat(page.select(".conflict .diff tbody tr").eachText())
                .containsExactly("Location Brussels, Belgium Tokyo, Japan");
        assertThat(page.select("textarea[name=summary]").text()).isEqualTo("My better summary.");
        assertThat(jdbc.sql("select summary || ' / ' || location from event where slug = :slug").param("slug", slug)
                .query(String.class).single()).isEqualTo("A summary of Contested. / Tokyo, Japan");
    }

    @Test
    void aConflictMarksOnlyTheWordsTheOtherEditorChanged() throws Exception {
        Document page = savedAfterSomeoneElse("Worded", "summary", "A short summary of Worded.", "location", "Seoul");

        assertThat(page.select(".conflict .diff thead th").eachText())
                .containsExactly("Field", "When you opened it", "Now");
        assertThat(page.select(".conflict .diff tbody tr").eachText())
                .containsExactly("Summary A summary of Worded. A short summary of Worded.");
        assertThat(page.select(".conflict .diff__after ins").eachText()).containsExactly("short");
        assertThat(page.select(".conflict .diff__before del")).isEmpty();
    }

    /**
     * The page an editor sees when they save a change to an event (dated 2031-03-04) after another editor
     * saved theirs on the same version.
     */
    private Document savedAfterSomeoneElse(String title, String theirField, String theirValue, String myField,
            String myValue) throws Exception {
        submit(post("/admin/events"), EventForm.valid(title), EDITOR);
        String slug = "2031-03-04-" + title.toLowerCase(java.util.Locale.ROOT);
        String openedVersion = String.valueOf(version(slug));
        submit(post("/admin/events/" + slug).param("version", openedVersion),
                EventForm.valid(title).set(theirField, theirValue), OTHER_EDITOR);
        return Jsoup.parse(submit(post("/admin/events/" + slug).param("version", openedVersion),
                EventForm.valid(title).set(myField, myValue), EDITOR).getResponse().getContentAsString());
    }

    @Test
    void historyShowsEachChangeWithItsNoteAndAnEarlierVersionCanBeRestored() throws Exception {
        submit(post("/admin/events"), EventForm.valid("Historic"), EDITOR);
        String slug = "2031-03-04-historic";
        submit(post("/admin/events/" + slug).param("version", String.valueOf(version(slug))),
                EventForm.valid("Historic").set("summary", "Corrected summary.").set("changeNote", "Fixed the summary"),
                OTHER_EDITOR);

        Document history = page("/admin/events/" + slug + "/history", EDITOR);
        assertThat(history.select(".revision")).hasSize(2);
        assertThat(history.select(".revision").first().text())
                .contains("Edited", "by other", "Fixed the summary", "Summary A summary of Historic. Corrected summary.");
        long createdRevision = jdbc.sql("select min(r.id) from revision r join event_aud a on a.rev = r.id "
                + "join event e on e.id = a.id where e.slug = :slug").param("slug", slug).query(Long.class).single();

        MvcResult restored = mvc.perform(post("/admin/events/" + slug + "/history/" + createdRevision + "/restore")
                .param("version", String.valueOf(version(slug))).with(EDITOR).with(csrf())).andReturn();

        assertThat(restored.getResponse().getRedirectedUrl()).isEqualTo("/admin/events/" + slug + "/history");
        assertThat(jdbc.sql("select summary from event where slug = :slug").param("slug", slug).query(String.class).single())
                .isEqualTo("A summary of Historic.");
        Document after = page("/admin/events/" + slug + "/history", EDITOR);
        assertThat(after.select(".revision")).hasSize(3);
        assertThat(after.select(".revision").first().text()).contains("Restored", "Restored revision " + createdRevision);
    }

    @Test
    void publishUnpublishAndWithdrawFollowTheRulesAndTheTombstoneShowsTheReason() throws Exception {
        submit(post("/admin/events"), EventForm.valid("Lifecycle"), EDITOR);
        String slug = "2031-03-04-lifecycle";

        lifecycle(slug, "publish");
        assertThat(status(slug)).isEqualTo("PUBLISHED");
        lifecycle(slug, "unpublish");
        assertThat(status(slug)).isEqualTo("DRAFT");
        assertThat(mvc.perform(get("/events/" + slug)).andReturn().getResponse().getStatus()).isEqualTo(404);
        lifecycle(slug, "publish");
        MvcResult noReason = mvc.perform(post("/admin/events/" + slug + "/withdraw")
                .param("version", String.valueOf(version(slug))).param("reason", " ").with(EDITOR).with(csrf())).andReturn();
        assertThat(status(slug)).isEqualTo("PUBLISHED");
        assertThat(noReason.getFlashMap().get("flash")).hasToString(
                "Flash[code=event.rule.withdrawNeedsReason, args=[], problem=true]");
        mvc.perform(post("/admin/events/" + slug + "/withdraw").param("version", String.valueOf(version(slug)))
                .param("reason", "It described a meeting that did not take place.").with(EDITOR).with(csrf()));

        MvcResult tombstone = mvc.perform(get("/events/" + slug)).andReturn();
        assertThat(tombstone.getResponse().getStatus()).isEqualTo(410);
        assertThat(tombstone.getResponse().getContentAsString()).contains("It described a meeting that did not take place.");
        assertThat(jdbc.sql("select action from audit_log where entity_key = :slug order by id").param("slug", slug)
                .query(String.class).list())
                .containsExactly("EVENT_CREATED", "EVENT_PUBLISHED", "EVENT_UNPUBLISHED", "EVENT_PUBLISHED", "EVENT_WITHDRAWN");
    }

    @Test
    void theSlugCanChangeUntilFirstPublicationAndNotAfter() throws Exception {
        submit(post("/admin/events"), EventForm.valid("Renamed"), EDITOR);
        submit(post("/admin/events/2031-03-04-renamed").param("version", String.valueOf(version("2031-03-04-renamed"))),
                EventForm.valid("Renamed").set("slug", "2031-03-04-better-name"), EDITOR);
        lifecycle("2031-03-04-better-name", "publish");

        MvcResult refused = submit(post("/admin/events/2031-03-04-better-name")
                        .param("version", String.valueOf(version("2031-03-04-better-name"))),
                EventForm.valid("Renamed").set("slug", "2031-03-04-another-name"), EDITOR);

        assertThat(errorFor(Jsoup.parse(refused.getResponse().getContentAsString()), "slug"))
                .isEqualTo("The address is fixed once an event has been published.");
        assertThat(jdbc.sql("select slug from event where slug like '2031-03-04-%'").query(String.class).list())
                .containsExactly("2031-03-04-better-name");
    }

    @Test
    void relatingEventsWorksFromEitherSideAndShowsOnBothPublicPages() throws Exception {
        submit(post("/admin/events").param("action", "publish"), EventForm.valid("First of a pair"), EDITOR);
        submit(post("/admin/events").param("action", "publish"),
                EventForm.valid("Second of a pair").set("related", "2031-03-04-first-of-a-pair"), EDITOR);

        String first = mvc.perform(get("/events/2031-03-04-first-of-a-pair")).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/events/2031-03-04-second-of-a-pair")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(first).select(".related a").eachText()).containsExactly("Second of a pair");
        assertThat(Jsoup.parse(second).select(".related a").eachText()).containsExactly("First of a pair");
    }

    @Test
    void aDraftCanBeDeletedButAnEventOncePublishedCannot() throws Exception {
        submit(post("/admin/events"), EventForm.valid("Short-lived"), EDITOR);
        submit(post("/admin/events"), EventForm.valid("Long-lived"), EDITOR);
        lifecycle("2031-03-04-long-lived", "publish");
        lifecycle("2031-03-04-long-lived", "unpublish");

        delete("2031-03-04-short-lived");
        delete("2031-03-04-long-lived");

        assertThat(jdbc.sql("select slug from event where slug like '2031-%'").query(String.class).list())
                .containsExactly("2031-03-04-long-lived");
    }

    @Test
    void theListShowsDraftsAndFiltersByStatus() throws Exception {
        submit(post("/admin/events"), EventForm.valid("Listed draft"), EDITOR);

        Document drafts = page("/admin/events?status=DRAFT", EDITOR);
        Document published = page("/admin/events?status=PUBLISHED", EDITOR);
        Document dashboard = page("/admin", EDITOR);

        assertThat(drafts.select(".admin-table td a").eachText()).contains("Listed draft");
        assertThat(published.select(".admin-table td a").eachText()).doesNotContain("Listed draft").contains("NATO Vilnius Summit");
        assertThat(dashboard.select(".admin-list a").eachText()).contains("Listed draft");
        assertThat(drafts.select(".admin-nav a[aria-current=page]").eachText()).containsExactly("Events");
        assertThat(dashboard.select(".admin-nav a[aria-current=page]").eachText()).containsExactly("Dashboard");
        assertThat(mvc.perform(get("/admin/events?after=garbage").with(EDITOR)).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void theListNarrowsToOneStorylineAndCombinesItWithTheOtherFilters() throws Exception {
        submit(post("/admin/events"), EventForm.valid("Storyline draft").set("development", "tokyo-liaison-office"), EDITOR);
        submit(post("/admin/events"), EventForm.valid("Storyline summit draft").set("development", "tokyo-liaison-office")
                .set("type", "SUMMIT"), EDITOR);
        submit(post("/admin/events"), EventForm.valid("Draft of no storyline"), EDITOR);

        Document storyline = page("/admin/events?development=tokyo-liaison-office", EDITOR);
        Document summits = page("/admin/events?development=tokyo-liaison-office&type=SUMMIT&status=DRAFT", EDITOR);
        Document unknown = page("/admin/events?development=no-such-storyline", EDITOR);

        assertThat(storyline.select(".admin-table td a").eachText()).contains("Storyline draft", "Storyline summit draft")
                .doesNotContain("Draft of no storyline", "NATO Vilnius Summit");
        assertThat(summits.select(".admin-table td a").eachText()).contains("Storyline summit draft")
                .doesNotContain("Storyline draft", "Draft of no storyline");
        assertThat(unknown.select(".admin-table td a").eachText()).doesNotContain("Storyline draft", "Draft of no storyline");
    }

    @Test
    void theEventListAndTheDashboardCostTheSameFewStatementsHoweverManyEventsTheyShow() throws Exception {
        int listWithSeedOnly = statementsFor("/admin/events");
        int dashboardWithSeedOnly = statementsFor("/admin");
        for (int i = 0; i < 30; i++) {
            submit(post("/admin/events"), EventForm.valid("Counted " + i), EDITOR);
        }

        assertThat(statementsFor("/admin/events")).isEqualTo(listWithSeedOnly).isLessThanOrEqualTo(4);
        assertThat(statementsFor("/admin")).isEqualTo(dashboardWithSeedOnly).isLessThanOrEqualTo(4);
    }

    private int statementsFor(String path) throws Exception {
        statements.reset();
        assertThat(mvc.perform(get(path).with(EDITOR)).andReturn().getResponse().getStatus()).isEqualTo(200);
        return statements.count();
    }

    private void lifecycle(String slug, String action) throws Exception {
        mvc.perform(post("/admin/events/" + slug + "/" + action).param("version", String.valueOf(version(slug)))
                .with(EDITOR).with(csrf()));
    }

    private void delete(String slug) throws Exception {
        mvc.perform(post("/admin/events/" + slug + "/delete").param("version", String.valueOf(version(slug)))
                .with(EDITOR).with(csrf()));
    }

    private MvcResult submit(MockHttpServletRequestBuilder request, EventForm form, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(form.into(request).with(who).with(csrf())).andReturn();
    }

    private Document page(String path, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString());
    }

    private long version(String slug) {
        return jdbc.sql("select version from event where slug = :slug").param("slug", slug).query(Long.class).single();
    }

    private String status(String slug) {
        return jdbc.sql("select status from event where slug = :slug").param("slug", slug).query(String.class).single();
    }

    private static String errorFor(Document page, String id) {
        return page.select("[id='" + id + "-error']").text();
    }

}
