package org.ap4tracker.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the desk's form tests share: a signed-in editor, the application behind MockMvc, and no test event
 * (their slugs start with 2031) left behind for the next test.
 */
abstract class EditorAtTheDesk {

    static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestEvents() {
        jdbc.sql("delete from event where slug like '2031-%'").update();
    }
}
