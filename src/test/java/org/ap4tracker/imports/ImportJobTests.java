package org.ap4tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

@TrackerIntegrationTest
class ImportJobTests extends ImportFixtures {

    private static final String HEADER = "slug,url,date,start,end,precision,qualifier,type,title,summary,storyline,"
            + "actors,topics,location,sources,updated,edtf,source kinds,publishers,independent publishers\r\n";

    private static String row(String slug, String start, String title) {
        return slug + ",," + ",%s,,DAY,EXACT,MEETING,%s,A summary.,,JP,,,https://example.org/%s,,,NEWS,,1\r\n"
                .formatted(start, title, slug);
    }

    @Test
    void aBadRowIsReportedWithItsRowNumberAndReasonAndNothingCanBeWritten() throws Exception {
        String file = HEADER + row("2031-05-01-good", "2031-05-01", "Good")
                + row("2031-05-02-bad", "2031-13-40", "Bad date")
                + "2031-05-03-unknown,,,2031-05-03,,DAY,EXACT,MEETING,Unknown actor,A summary.,,XX,,,,,,,,0\r\n"
                + row("2031-05-04-untitled", "2031-05-04", "");
        long id = upload(ImportFormat.TRACKER_CSV, "bad.csv", file);
        ImportJob job = settled(id);

        assertThat(job.status()).isEqualTo(ImportStatus.CHECK_FAILED);
        assertThat(job.report()).extracting(RowReport::row, RowReport::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, RowReport.Outcome.CREATED),
                org.assertj.core.groups.Tuple.tuple(3, RowReport.Outcome.ERROR),
                org.assertj.core.groups.Tuple.tuple(4, RowReport.Outcome.ERROR),
                org.assertj.core.groups.Tuple.tuple(5, RowReport.Outcome.ERROR));
        mvc.perform(get("/admin/imports/{id}", id).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("\u201c2031-13-40\u201d is not a date."),
                        org.hamcrest.Matchers.containsString("There is no actor with the code XX."),
                        org.hamcrest.Matchers.containsString("Enter a title."),
                        org.hamcrest.Matchers.containsString("4 rows: 1 to create, 0 to update, 3 with errors"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Write them as drafts"))));
        mvc.perform(post("/admin/imports/{id}/commit", id).with(EDITOR).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(testEvents()).isZero();
        assertThat(auditActions(id)).containsExactly("IMPORT_CHECKED");
    }

    @Test
    void aCommitThatMeetsAFailingRowWritesNothingAtAll() throws Exception {
        String file = HEADER + row("2031-06-01-one", "2031-06-01", "One") + row("2031-06-02-two", "2031-06-02", "Two")
                + row("2031-06-03-three", "2031-06-03", "Three");
        long id = upload(ImportFormat.TRACKER_CSV, "three.csv", file);
        assertThat(settled(id).status()).isEqualTo(ImportStatus.CHECKED);
        // Between the check and the commit, someone publishes an event at the third row's slug.
        jdbc.sql("""
                insert into event (slug, title, summary, start_date, date_precision, date_qualifier, type, status,
                                   created_by, updated_by, published_at)
                values ('2031-06-03-three', 'Taken', 'Taken meanwhile', '2031-06-03', 'DAY', 'EXACT', 'MEETING',
                        'PUBLISHED', 'test', 'test', now())""").update();

        ImportJob job = confirm(id);

        assertThat(job.status()).isEqualTo(ImportStatus.COMMIT_REFUSED);
        assertThat(job.report()).last().satisfies(row -> {
            assertThat(row.row()).isEqualTo(4);
            assertThat(row.problems()).extracting(RowProblem::code).containsExactly("import.row.notADraft");
        });
        assertThat(testEvents()).as("rows 2 and 3 were written before row 4 failed, and rolled back").isEqualTo(1);
        assertThat(auditActions(id)).containsExactly("IMPORT_CHECKED", "IMPORT_COMMIT_REFUSED");
    }

    @Test
    void aConfirmedImportWritesDraftsAndIsInTheAuditLog() throws Exception {
        long id = upload(ImportFormat.TRACKER_CSV, "one.csv", HEADER + row("2031-07-01-one", "2031-07-01", "One"));
        assertThat(settled(id).status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(confirm(id).status()).isEqualTo(ImportStatus.COMMITTED);

        assertThat(testEvents("DRAFT")).isEqualTo(1);
        assertThat(auditActions(id)).containsExactly("IMPORT_CHECKED", "IMPORT_COMMITTED");
        assertThat(jdbc.sql("select username from audit_log where entity_type = 'import' and entity_key = :id")
                .param("id", String.valueOf(id)).query(String.class).list()).containsOnly("editor");
        assertThat(jdbc.sql("select created_by from event where slug = '2031-07-01-one'").query(String.class)
                .single()).isEqualTo("editor");
        // A second confirmation of the same import is refused.
        mvc.perform(post("/admin/imports/{id}/commit", id).with(EDITOR).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void anExistingDraftIsUpdatedAndThatIsWhatTheReportSays() throws Exception {
        long first = upload(ImportFormat.TRACKER_CSV, "one.csv", HEADER + row("2031-08-01-one", "2031-08-01", "One"));
        settled(first);
        confirm(first);
        long second = upload(ImportFormat.TRACKER_CSV, "one.csv", HEADER + row("2031-08-01-one", "2031-08-01", "Uno"));
        assertThat(settled(second).report()).extracting(RowReport::outcome).containsExactly(RowReport.Outcome.UPDATED);
        confirm(second);
        assertThat(jdbc.sql("select title from event where slug = '2031-08-01-one'").query(String.class).single())
                .isEqualTo("Uno");
    }

    @Test
    void aLargeFileShowsItsProgressWhileTheDryRunRuns() throws Exception {
        // 500 rows, five chunks of progress: enough to see it move. 1,000 rows took 103 s to check on a
        // heavily loaded 2-core machine (see the notes), too long for every run of the suite.
        int rows = 500;
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            file.append(row("2031-01-01-bulk-" + i, "2031-01-01", "Bulk " + i));
        }
        long id = upload(ImportFormat.TRACKER_CSV, "large.csv", file.toString());
        AtomicInteger seenPartway = new AtomicInteger();

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20)).until(() -> {
            ImportJob job = imports.job(id).orElseThrow();
            if (job.status().running() && job.doneRows() > 0 && job.doneRows() < rows) {
                seenPartway.set(job.doneRows());
                assertThat(job.totalRows()).isEqualTo(rows);
            }
            return seenPartway.get() > 0;
        });
        mvc.perform(get("/admin/imports/{id}", id).with(EDITOR))
                .andExpect(status().isOk());
        ImportJob done = settled(id);

        assertThat(done.status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(done.doneRows()).isEqualTo(rows);
        assertThat(done.report()).hasSize(rows);
        assertThat(testEvents()).isZero();
    }

    @Test
    void aConfirmedImportOfHundredsOfRowsWritesEveryOneWithItsHistory() throws Exception {
        // More rows than a chunk, so the commit lets go of loaded events several times within its transaction.
        int rows = 3 * ImportJobs.CHUNK + 17;
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            file.append("2031-02-01-many-%d,,,2031-02-01,,DAY,EXACT,MEETING,Many %d,A summary.,,JP KR,summits,,"
                    .formatted(i, i) + "https://example.org/many/%d,,,NEWS,,1\r\n".formatted(i));
        }
        long id = upload(ImportFormat.TRACKER_CSV, "many.csv", file.toString());
        assertThat(settled(id).status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(testEvents()).as("the dry run wrote nothing").isZero();

        ImportJob done = confirm(id);

        assertThat(done.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(done.createdRows()).isEqualTo(rows);
        assertThat(testEvents("DRAFT")).isEqualTo(rows);
        // Every event's history starts with its creation, by the editor, with its actors, topic and source.
        assertThat(jdbc.sql("""
                select count(*) from event e
                join event_aud a on a.id = e.id and a.revtype = 0 and a.title = e.title
                join revision r on r.id = a.rev and r.username = 'editor'
                where e.slug like '2031-02-01-many-%'
                  and (select count(*) from event_actor_aud ea where ea.event_id = e.id and ea.rev = a.rev) = 2
                  and exists (select 1 from event_topic_aud et where et.event_id = e.id and et.rev = a.rev)
                  and exists (select 1 from event_source_aud es where es.event_id = e.id and es.rev = a.rev
                              and es.url = 'https://example.org/many/' || substring(e.slug from 17))""")
                .query(Integer.class).single()).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from event where slug like '2031-02-01-many-%' and title <> "
                + "'Many ' || substring(slug from 17)").query(Integer.class).single()).isZero();
        assertThat(auditActions(id)).containsExactly("IMPORT_CHECKED", "IMPORT_COMMITTED");
    }

    @Test
    void theRunningPageReloadsItselfAndSaysHowFarItGot() throws Exception {
        long id = jdbc.sql("""
                insert into import_job (format, file_name, default_type, content, status, total_rows, done_rows, created_by)
                values ('TRACKER_CSV', 'big.csv', 'STATEMENT', '\\x00', 'CHECKING', 5000, 1200, 'editor') returning id""")
                .query(Long.class).single();
        try {
            mvc.perform(get("/admin/imports/{id}", id).with(EDITOR))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                            .string("Refresh", "2"))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("1,200 of 5,000 rows done")));
        }
        finally {
            jdbc.sql("delete from import_job where id = :id").param("id", id).update();
        }
    }

    @Test
    void utf8WithAByteOrderMarkIsReadAndOtherEncodingsAreRefused() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (HEADER + row("2031-09-01-bom", "2031-09-01", "東京")).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        assertThat(settled(upload(ImportFormat.TRACKER_CSV, "bom.csv", withBom)).status())
                .isEqualTo(ImportStatus.CHECKED);

        byte[] latin1 = (HEADER + row("2031-09-02-latin", "2031-09-02", "Élysée")).getBytes(StandardCharsets.ISO_8859_1);
        ImportJob refused = settled(upload(ImportFormat.TRACKER_CSV, "latin1.csv", latin1));
        assertThat(refused.status()).isEqualTo(ImportStatus.CHECK_FAILED);
        assertThat(refused.report()).singleElement().satisfies(row -> {
            assertThat(row.row()).isZero();
            assertThat(row.problems()).extracting(RowProblem::code).containsExactly("import.file.notUtf8");
        });

        ImportJob wrongFormat = settled(upload(ImportFormat.API_JSON, "not.json", text));
        assertThat(wrongFormat.report()).singleElement().extracting(row -> row.problems().get(0).code())
                .isEqualTo("import.file.notJson");
    }

    @Test
    void anUploadWithoutAFileIsSentBackWithTheMessageBesideTheField() throws Exception {
        mvc.perform(multipart("/admin/imports").file(new MockMultipartFile("file", "", "text/csv", new byte[0]))
                        .param("format", "TRACKER_CSV").with(EDITOR).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose a file to import.")));
        mvc.perform(multipart("/admin/imports").file(new MockMultipartFile("file", "a.csv", "text/csv", new byte[1]))
                        .param("format", "EXCEL").with(EDITOR).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/imports/{id}", Long.MAX_VALUE).with(EDITOR)).andExpect(status().isNotFound());
    }

    private List<String> auditActions(long id) {
        return jdbc.sql("select action from audit_log where entity_type = 'import' and entity_key = :id order by id")
                .param("id", String.valueOf(id)).query(String.class).list();
    }
}
