package org.ap4tracker.timeline;

import java.util.List;

import org.ap4tracker.support.StatementCounter;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The timeline's filters offer actors, topics and storylines kept under the public version: a committed rename
 * is offered by the very next page, and a page that finds them kept reads one number, not three lists. Not in a
 * test transaction: the rename is committed as an editor's would be, then undone.
 */
@TrackerIntegrationTest
class FilterChoicesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    @Test
    void aCommittedRenameIsOfferedByTheNextPageInEveryLanguage() throws Exception {
        assertThat(actorChoices("/")).contains("Japan");
        assertThat(actorChoices("/ja/")).contains("日本");
        rename("JP", "Nippon");
        try {
            assertThat(actorChoices("/")).contains("Nippon").doesNotContain("Japan");
            // The Japanese name is a translation of its own: the page in Japanese still offers it.
            assertThat(actorChoices("/ja/")).contains("日本");
            jdbc.sql("update topic set label = 'Maritime affairs' where slug = 'maritime-security'").update();
            assertThat(Jsoup.parse(page("/")).select("input[name=topic] + span").eachText()).contains("Maritime affairs");
        }
        finally {
            rename("JP", "Japan");
            jdbc.sql("update topic set label = 'Maritime security' where slug = 'maritime-security'").update();
        }
        assertThat(actorChoices("/")).contains("Japan").doesNotContain("Nippon");
    }

    @Test
    void aPageWhoseChoicesAreKeptReadsTheVersionInsteadOfTheirThreeLists() throws Exception {
        rename("KR", "Republic of Korea");
        try {
            statements.reset();
            page("/");
            int first = statements.countOfThisThread();
            statements.reset();
            page("/");
            int kept = statements.countOfThisThread();
            assertThat(kept).as("the version, the events, their actors, the overview's marks").isEqualTo(4);
            assertThat(first).as("the first page under a new version reads the actors, topics and storylines")
                    .isGreaterThanOrEqualTo(kept + 3);
        }
        finally {
            rename("KR", "South Korea");
        }
    }

    private List<String> actorChoices(String path) throws Exception {
        return Jsoup.parse(page(path)).select("input[name=actor] + span").eachText();
    }

    private String page(String path) throws Exception {
        // A cookie keeps the rendered-response cache out of the way: the page is built.
        return mvc.perform(get(path).header("Cookie", "reader=1")).andReturn().getResponse().getContentAsString();
    }

    private void rename(String code, String name) {
        jdbc.sql("update actor set name = :name where code = :code").param("name", name).param("code", code).update();
    }
}
