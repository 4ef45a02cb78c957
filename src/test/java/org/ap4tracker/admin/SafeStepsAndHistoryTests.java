package org.ap4tracker.admin;

import org.ap4tracker.support.EventForm;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Steps readers notice or that cannot be undone go through a page that says what readers will see, and
 * the history reads in words. Requests commit (Envers writes history on commit), so the events made here
 * are removed afterwards.
 */
@TrackerIntegrationTest
class SafeStepsAndHistoryTests extends EditorAtTheDesk {

    @Test
    void theEventPageOffersWithdrawAndUnpublishOnlyAsLinksToAConfirmationThatSaysWhatReadersWillSee() throws Exception {
        String slug = publish("Confirmed withdrawal");

        Document form = page("/admin/events/" + slug);
        assertThat(form.select(".lifecycle form")).isEmpty();
        assertThat(form.select(".lifecycle a.button").eachAttr("href"))
                .containsExactly("/admin/events/" + slug + "/unpublish", "/admin/events/" + slug + "/withdraw");
        assertThat(form.select("textarea[name=reason]")).isEmpty();

        Document confirm = page("/admin/events/" + slug + "/withdraw");
        assertThat(confirm.select("h1").text()).isEqualTo("Withdraw \u201cConfirmed withdrawal\u201d?");
        assertThat(confirm.select(".readers-see").text()).contains("410 Gone", "the reason you give below");
        assertThat(confirm.select("fieldset.withdraw legend").text()).isEqualTo("Withdrawal");
        assertThat(confirm.select("fieldset.withdraw textarea[name=reason]")).hasSize(1);
        assertThat(confirm.select("form[action=/admin/events/" + slug + "/withdraw] button").text()).isEqualTo("Withdraw the event");
        assertThat(status(slug)).isEqualTo("PUBLISHED");

        Document unpublish = page("/admin/events/" + slug + "/unpublish");
        assertThat(unpublish.select(".readers-see").text()).contains("not found");
        assertThat(status(slug)).isEqualTo("PUBLISHED");
    }

    @Test
    void aDraftIsDeletedOnlyFromItsConfirmationPage() throws Exception {
        mvc.perform(EventForm.valid("Short lived").into(post("/admin/events")).with(EDITOR).with(csrf()));
        String slug = "2031-03-04-short-lived";

        Document confirm = page("/admin/events/" + slug + "/delete");
        assertThat(confirm.select(".readers-see").text()).contains("never published", "for good");
        assertThat(confirm.select("form[action=/admin/events/" + slug + "/delete] button").text())
                .isEqualTo("Delete the draft for good");
        assertThat(jdbc.sql("select count(*) from event where slug = :slug").param("slug", slug).query(Integer.class).single())
                .isOne();
    }

    @Test
    void theHistoryUsesNamesLabelsAndDatesInWordsAndMarksOnlyTheChangedWords() throws Exception {
        mvc.perform(EventForm.valid("Readable history").into(post("/admin/events")).with(EDITOR).with(csrf()));
        String slug = "2031-03-04-readable-history";
        mvc.perform(EventForm.valid("Readable history")
                .set("summary", "A longer summary of Readable history.")
                .set("type", "STATEMENT")
                .set("actors", "JP", "FR")
                .set("statements[0].actor", "FR").set("statements[0].stance", "CRITICAL")
                .set("statements[0].language", "fr").set("statements[0].statedOn", "2031-03-05")
                .into(post("/admin/events/" + slug)).param("version", String.valueOf(version(slug)))
                .with(EDITOR).with(csrf()));

        Document history = page("/admin/events/" + slug + "/history");
        String latest = history.select(".revision").first().text();
        assertThat(latest).contains("Meeting", "Statement", "France", "Critical", "French", "5 March 2031")
                .doesNotContain("STATEMENT", "CRITICAL", " FR ", "· fr", "2031-03-05");
        assertThat(history.select(".revision").first().select(".revision__meta time").text()).matches(
                "\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} UTC");
        assertThat(history.select(".revision").first().select("tr:has(th:contains(Summary)) ins").eachText())
                .containsExactly("longer");
        assertThat(history.select(".revision").first().select("tr:has(th:contains(Summary)) del")).isEmpty();
    }

    @Test
    void restoringGoesThroughAConfirmationThatNamesTheRevisionAndWhatReadersSee() throws Exception {
        String slug = publish("Restorable");
        mvc.perform(EventForm.valid("Restorable").set("summary", "Changed.").into(post("/admin/events/" + slug))
                .param("version", String.valueOf(version(slug))).with(EDITOR).with(csrf()));
        long first = jdbc.sql("select min(r.id) from revision r join event_aud a on a.rev = r.id "
                + "join event e on e.id = a.id where e.slug = :slug").param("slug", slug).query(Long.class).single();

        Document history = page("/admin/events/" + slug + "/history");
        assertThat(history.select("form[action$=/restore]")).isEmpty();
        assertThat(history.select("a[href=/admin/events/" + slug + "/history/" + first + "/restore]")).hasSize(1);

        Document confirm = page("/admin/events/" + slug + "/history/" + first + "/restore");
        assertThat(confirm.select(".readers-see").text()).contains("revision " + first, "by editor",
                "readers see the restored version at once");
        assertThat(confirm.select("main form button").text()).isEqualTo("Restore revision " + first);
        assertThat(mvc.perform(get("/admin/events/" + slug + "/history/999999999/restore").with(EDITOR)).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
    }

    private String publish(String title) throws Exception {
        MvcResult created = mvc.perform(EventForm.valid(title).into(post("/admin/events")).param("action", "publish")
                .with(EDITOR).with(csrf())).andReturn();
        return created.getResponse().getRedirectedUrl().substring("/admin/events/".length());
    }

    private Document page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(EDITOR)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private long version(String slug) {
        return jdbc.sql("select version from event where slug = :slug").param("slug", slug).query(Long.class).single();
    }

    private String status(String slug) {
        return jdbc.sql("select status from event where slug = :slug").param("slug", slug).query(String.class).single();
    }
}
