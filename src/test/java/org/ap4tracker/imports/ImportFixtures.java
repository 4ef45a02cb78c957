package org.ap4tracker.imports;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventEditor;
import org.ap4tracker.events.EventInput;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceInput;
import org.ap4tracker.events.SourceKind;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the import tests share: the desk behind MockMvc, an editor, a way to upload a file and wait for its
 * job to settle (by polling its status, never by sleeping), and no test event (slugs starting with 2031,
 * the year every test event is dated in) left behind.
 */
abstract class ImportFixtures {

    static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs imports;

    @Autowired
    EventEditor editor;

    @Autowired
    EventCatalog catalog;

    @AfterEach
    void removeTestEvents() {
        deleteTestEvents();
    }

    void deleteTestEvents() {
        jdbc.sql("delete from event where slug like '2031-%'").update();
    }

    int testEvents(String status) {
        return jdbc.sql("select count(*) from event where slug like '2031-%' and status = :status")
                .param("status", status).query(Integer.class).single();
    }

    int testEvents() {
        return jdbc.sql("select count(*) from event where slug like '2031-%'").query(Integer.class).single();
    }

    /** Uploads a file as the editor; returns the new job's id, from the page it redirects to. */
    long upload(ImportFormat format, String name, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .param("format", format.name()).param("defaultType", EventType.STATEMENT.name())
                        .with(EDITOR).with(csrf()))
                .andExpect(status().isFound())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long upload(ImportFormat format, String name, String content) throws Exception {
        return upload(format, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The job once its dry run or commit has finished. */
    ImportJob settled(long id) {
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> imports.job(id).orElseThrow(), job -> !job.status().running());
    }

    ImportJob confirm(long id) throws Exception {
        mvc.perform(post("/admin/imports/{id}/commit", id).with(EDITOR).with(csrf()))
                .andExpect(status().isFound());
        return settled(id);
    }

    String export(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    void publishTestDrafts() {
        jdbc.sql("select slug, version from event where slug like '2031-%' and status = 'DRAFT'")
                .query((rs, n) -> {
                    editor.publish(rs.getString("slug"), rs.getLong("version"), null);
                    return null;
                })
                .list();
    }

    /**
     * Three published events with what tends to break exports and imports: text a spreadsheet would take
     * for a formula, quotes, commas and line breaks, Japanese and Korean, every date precision, a range,
     * qualifiers, sources with and without a publisher, a storyline, actors and topics.
     */
    void publishThreeTestEvents() {
        String storyline = catalog.developmentChoices().get(0).slug();
        editor.create(new EventInput("2031-03-10-formula", "=HYPERLINK(\"http://example.org\",\"click\")",
                "-5 % growth in 東京 and 서울; \"quoted\", with commas", null, LocalDate.of(2031, 3, 10),
                LocalDate.of(2031, 3, 12), DatePrecision.DAY, DateQualifier.EXACT, EventType.SUMMIT,
                List.of("JP", "KR"), List.of("summits", "partnerships"), storyline, "Tokyo", List.of(
                        new SourceInput("https://www.mofa.go.jp/a.html", "A statement", "MOFA Japan", null, null,
                                null, SourceKind.OFFICIAL),
                        new SourceInput("https://example.org/news", "A report", null, null, null, null,
                                SourceKind.NEWS)),
                List.of(), List.of(), null), true);
        editor.create(new EventInput("2031-04-mid-meeting", "@Partners meet", "+ plus first\nand a second line",
                null, LocalDate.of(2031, 4, 1), null, DatePrecision.MONTH, DateQualifier.MID, EventType.MEETING,
                List.of("AU"), List.of(), null, null, List.of(
                        new SourceInput("https://www.yna.co.kr/b", "Yonhap report", "Yonhap", null, null, null,
                                SourceKind.NEWS)),
                List.of(), List.of(), null), true);
        editor.create(new EventInput("2031-report", "Report, with \"quotes\"", "About a year, roughly.", null,
                LocalDate.of(2031, 1, 1), null, DatePrecision.YEAR, DateQualifier.CIRCA, EventType.REPORT,
                List.of(), List.of("partnerships"), null, null, List.of(
                        new SourceInput("https://example.org/report", "The report", "Example Institute", null, null,
                                null, SourceKind.ANALYSIS)),
                List.of(), List.of(), null), true);
    }
}
