package org.ap4tracker.admin;

import org.ap4tracker.support.EventForm;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What an editor can type or paste that no output can carry: each is refused beside its field, with the rest
 * of the form kept, and nothing is written.
 */
@TrackerIntegrationTest
class HostileDeskInputTests extends EditorAtTheDesk {

    @Test
    void controlCharactersDamagedTextAndHalfEmojiAreRefusedBesideTheirFields() throws Exception {
        EventForm form = EventForm.valid("Talks\u0000resume")
                .set("summary", "A summary with a bell \u0007.")
                .set("body", "A body with C1 \u0085 control.")
                .set("location", "Tokyo \uFFFD")
                .set("sources[0].title", "Half an emoji \uD83D")
                .set("statements[0].quote", "Escape \u001B[31m");

        Document page = submit(form);

        String refused = "This contains a control character, a damaged character (U+FFFD, what is left where the text "
                + "was not valid UTF-8) or half of an emoji. Retype or paste the text again without it.";
        assertThat(errorFor(page, "title")).isEqualTo(refused);
        assertThat(errorFor(page, "summary")).isEqualTo(refused);
        assertThat(errorFor(page, "body")).isEqualTo(refused);
        assertThat(errorFor(page, "location")).isEqualTo(refused);
        assertThat(errorFor(page, "sources0.title")).isEqualTo(refused);
        assertThat(errorFor(page, "statements0.quote")).isEqualTo(refused);
        assertThat(nothingWritten()).isTrue();
    }

    @Test
    void tabsLineBreaksAndEveryScriptAreKept() throws Exception {
        EventForm form = EventForm.valid("東京 \u202Eoffice\u202C مكتب 🎌")
                .set("body", "First line\r\n\tindented, \"quoted\" <b>and</b> ]]>");

        MvcResult result = mvc.perform(form.into(post("/admin/events")).with(EDITOR).with(csrf())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select title from event where slug like '2031-03-04-%'").query(String.class).single())
                .isEqualTo("東京 \u202Eoffice\u202C مكتب 🎌");
    }

    @Test
    void datesOutsideTheTrackedYearsAreFieldErrorsNotServerErrors() throws Exception {
        for (String date : new String[] {"-5000-01-01", "+99999-01-01", "1899-12-31", "2101-01-01"}) {
            EventForm form = EventForm.valid("Far away").set("startDate", date).set("sources[0].publishedOn", date);

            MvcResult result = mvc.perform(form.into(post("/admin/events")).with(EDITOR).with(csrf())).andReturn();

            assertThat(result.getResponse().getStatus()).as(date).isEqualTo(200);
            Document page = Jsoup.parse(result.getResponse().getContentAsString());
            assertThat(errorFor(page, "startDate")).as(date).isNotBlank();
            assertThat(nothingWritten()).isTrue();
        }
        Document page = submit(EventForm.valid("Far away").set("startDate", "2101-01-01"));
        assertThat(errorFor(page, "startDate")).isEqualTo("Give a date between the years 1900 and 2100.");
    }

    @Test
    void moreThanFiftySourcesAreRefused() throws Exception {
        EventForm form = EventForm.valid("Too many sources");
        for (int i = 1; i <= 50; i++) {
            form.set("sources[" + i + "].title", "Source " + i).set("sources[" + i + "].url", "https://example.org/" + i);
        }

        Document page = submit(form);

        assertThat(errorFor(page, "sources")).isEqualTo("Give at most 50 sources; an event needs only the ones that matter.");
        assertThat(nothingWritten()).isTrue();
    }

    @Test
    void aControlCharacterInAWithdrawalReasonIsRefusedAndTheEventStaysPublished() throws Exception {
        mvc.perform(EventForm.valid("Published then withdrawn").into(post("/admin/events")).param("action", "publish")
                .with(EDITOR).with(csrf()));
        String slug = jdbc.sql("select slug from event where slug like '2031-%'").query(String.class).single();
        long version = jdbc.sql("select version from event where slug = :slug").param("slug", slug).query(Long.class)
                .single();

        mvc.perform(post("/admin/events/" + slug + "/withdraw").param("version", String.valueOf(version))
                .param("reason", "Wrong\u0000date").with(EDITOR).with(csrf()));

        assertThat(jdbc.sql("select status from event where slug = :slug").param("slug", slug).query(String.class)
                .single()).isEqualTo("PUBLISHED");
    }

    private Document submit(EventForm form) throws Exception {
        MvcResult result = mvc.perform(form.into(post("/admin/events")).with(EDITOR).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private boolean nothingWritten() {
        return jdbc.sql("select count(*) from event where slug like '2031-%'").query(Integer.class).single() == 0;
    }

    private static String errorFor(Document page, String id) {
        return page.select("[id='" + id + "-error']").text();
    }
}
