package org.ap4tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.ap4tracker.storage.SessionLocks;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * An import whose server stopped mid-way: at the next start-up its page says what happened instead of
 * waiting forever, unless another instance is still processing it.
 */
@TrackerIntegrationTest
class InterruptedImportTests extends ImportFixtures {

    @Autowired
    InterruptedImports interrupted;

    @Autowired
    ImportJobLocks locks;

    private final List<Long> jobs = new ArrayList<>();

    @AfterEach
    void removeJobs() {
        jobs.forEach(id -> jdbc.sql("delete from import_job where id = :id").param("id", id).update());
        jdbc.sql("delete from audit_log where entity_type = 'import' and entity_key in (:ids)")
                .param("ids", jobs.stream().map(String::valueOf).toList()).update();
    }

    @Test
    void aWriteLeftByAStoppedServerIsMarkedFailedAndItsPageSaysNothingWasWritten() throws Exception {
        long id = job("COMMITTING", 1200);

        interrupted.markInterrupted();

        assertThat(imports.job(id).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
        mvc.perform(get("/admin/imports/{id}", id).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Refresh"))
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("The import stopped when the server restarted. Nothing was written."),
                        Matchers.not(Matchers.containsString("because of a problem on the server")))));
        assertThat(jdbc.sql("select username || ' ' || action from audit_log where entity_type = 'import' "
                + "and entity_key = :id").param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("system IMPORT_FAILED");
    }

    @Test
    void aJobAnotherInstanceIsStillProcessingIsLeftAlone() throws Exception {
        long checking = job("CHECKING", 300);
        long writing = job("COMMITTING", 4000);

        // The other instance holds the locks of both, as the worker processing a job does.
        try (SessionLocks.Held one = locks.hold(checking); SessionLocks.Held two = locks.hold(writing)) {
            interrupted.markInterrupted();
        }

        assertThat(List.of(checking, writing)).allSatisfy(id -> {
            ImportJob job = imports.job(id).orElseThrow();
            assertThat(job.status().running()).isTrue();
            assertThat(job.problem()).isNull();
        });
        mvc.perform(get("/admin/imports/{id}", writing).with(EDITOR))
                .andExpect(header().string("Refresh", "2"))
                .andExpect(content().string(Matchers.containsString("4,000 of 5,000 rows done")));
    }

    @Test
    void aFinishedImportGivesBackItsLockAndIsNotTouchedByTheNextStartUp() throws Exception {
        long id = upload(ImportFormat.TRACKER_CSV, "one.csv", """
                slug,url,date,start,end,precision,qualifier,type,title,summary,storyline,actors,topics,location,\
                sources,updated,edtf,source kinds,publishers,independent publishers\r
                2031-10-01-one,,,2031-10-01,,DAY,EXACT,MEETING,One,A summary.,,JP,,,https://example.org/1,,,NEWS,,1\r
                """);
        jobs.add(id);
        assertThat(settled(id).status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(locks.tryHold(id)).as("the worker let go of the lock").hasValueSatisfying(SessionLocks.Held::close);

        interrupted.markInterrupted();

        assertThat(imports.job(id).orElseThrow().status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(confirm(id).status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(testEvents("DRAFT")).isEqualTo(1);
    }

    private long job(String status, int done) {
        long id = jdbc.sql("""
                insert into import_job (format, file_name, default_type, content, status, total_rows, done_rows,
                                        created_by)
                values ('TRACKER_CSV', 'big.csv', 'STATEMENT', '\\x00', :status, 5000, :done, 'editor') returning id""")
                .param("status", status).param("done", done).query(Long.class).single();
        jobs.add(id);
        return id;
    }
}
