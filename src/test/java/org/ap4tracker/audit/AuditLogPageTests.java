package org.ap4tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log names each action in the administrator's language and keeps its code for searching. */
@TrackerIntegrationTest
class AuditLogPageTests {

    private static final String WHO = "audit-page-test";

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void recordSomeActions() {
        auditLog.recordAs(WHO, "EVENT_EDITED_PUBLISHED", "event", "2031-audit-page", "a note");
        auditLog.recordAs(WHO, "IMPORT_COMMIT_REFUSED", "import", "1", null);
        auditLog.recordAs(WHO, "SOMETHING_ADDED_LATER", "thing", "1", null);
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from audit_log where username = :who").param("who", WHO).update();
    }

    @Test
    void eachActionIsNamedInTheAdministratorsLanguageWithItsCodeKept() throws Exception {
        assertThat(action("en", "EVENT_EDITED_PUBLISHED").text()).isEqualTo("Event edited and published");
        assertThat(action("ja", "EVENT_EDITED_PUBLISHED").text()).isEqualTo("編集して公開");
        assertThat(action("ko", "EVENT_EDITED_PUBLISHED").text()).isEqualTo("편집 후 공개");
        assertThat(action("en", "IMPORT_COMMIT_REFUSED").text()).isEqualTo("Import refused; nothing written");

        Element cell = action("ja", "IMPORT_COMMIT_REFUSED");
        assertThat(cell.attr("title")).isEqualTo("IMPORT_COMMIT_REFUSED");
        assertThat(cell.text()).doesNotContain("IMPORT_");
    }

    @Test
    void anActionWithoutALabelYetShowsItsCode() throws Exception {
        assertThat(action("ko", "SOMETHING_ADDED_LATER").text()).isEqualTo("SOMETHING_ADDED_LATER");
    }

    private Element action(String lang, String code) throws Exception {
        String html = mvc.perform(get((lang.equals("en") ? "" : "/" + lang) + "/admin/audit")
                        .with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        return page.select("tr:has(td:containsOwn(" + WHO + ")) td.audit-action[data-action=" + code + "]").first();
    }
}
