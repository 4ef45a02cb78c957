package org.ap4tracker.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.ap4tracker.support.TestHistory;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the desk's form tests share: a signed-in editor, the application behind MockMvc, and no test event
 * (their slugs start with 2031) left behind for the next test, nor its history on the dashboard.
 */
abstract class EditorAtTheDesk {

    static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestEvents() {
        List<Long> revisions = TestHistory.ofEvents(jdbc, "2031-%");
        jdbc.sql("delete from event where slug like '2031-%'").update();
        TestHistory.forget(jdbc, revisions);
    }
}
