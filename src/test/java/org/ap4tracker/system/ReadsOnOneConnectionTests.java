package org.ap4tracker.system;

import java.util.List;

import org.ap4tracker.support.StatementCounter;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A public page or API read makes its reads on one borrowed connection, with no transaction to begin or commit,
 * however many statements it runs. A cookie keeps the rendered-response cache out of the way, so the handler runs.
 */
@TrackerIntegrationTest
class ReadsOnOneConnectionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    @Test
    void eachPublicReadBorrowsOneConnectionAndCommitsNothing() throws Exception {
        String event = jdbc.sql("select slug from event where status = 'PUBLISHED' order by id limit 1")
                .query(String.class).single();
        String storyline = jdbc.sql("select slug from development order by id limit 1").query(String.class).single();
        for (String path : List.of("/", "/?q=tokyo&type=SUMMIT", "/ja/", "/actors/JP", "/events/" + event,
                "/developments", "/developments/" + storyline, "/sources", "/api/v1/events",
                "/api/v1/events/" + event, "/api/v1/developments", "/api/v1/developments/" + storyline,
                "/api/v1/changes", "/api/v1/actors", "/api/v1/topics")) {
            statements.reset();
            mvc.perform(get(path).header("Cookie", "reader=1")).andExpect(status().isOk());
            assertThat(statements.connections()).as("connections borrowed by %s (%d statements)", path,
                    statements.count()).isEqualTo(1);
            assertThat(statements.commits()).as("commits of %s", path).isZero();
        }
    }
}
