package org.ap4tracker.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forgets the history a committing test wrote. Deleting a test's event leaves its revisions behind (history is
 * kept apart from the rows it describes), and the desk's dashboard lists recent revisions with the titles they
 * had: a later test in the same JVM would read them as its own page's content (LanguagesBrowserTests once found
 * HostileDeskInputTests' Arabic and emoji title on the Japanese dashboard).
 */
public final class TestHistory {

    private TestHistory() {
    }

    /** The revisions of the events whose addresses are like {@code slugPattern}, to forget after deleting them. */
    public static List<Long> ofEvents(JdbcClient jdbc, String slugPattern) {
        return jdbc.sql("select distinct rev from event_aud where slug like :pattern")
                .param("pattern", slugPattern).query(Long.class).list();
    }

    /** Deletes the storyline at {@code slug} and forgets its history. */
    public static void deleteStoryline(JdbcClient jdbc, String slug) {
        forget(jdbc, jdbc.sql("select distinct rev from development_aud a join development d on d.id = a.id "
                + "where d.slug = :slug").param("slug", slug).query(Long.class).list());
        jdbc.sql("delete from development where slug = :slug").param("slug", slug).update();
    }

    /** Removes the revisions and every audited row they wrote, in whichever {@code _aud} table. */
    public static void forget(JdbcClient jdbc, List<Long> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        List<String> audited = jdbc.sql("""
                select table_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'rev' and table_name like '%\\_aud'""")
                .query(String.class).list();
        for (String table : audited) {
            jdbc.sql("delete from " + table + " where rev in (:revisions)").param("revisions", revisions).update();
        }
        jdbc.sql("delete from revision where id in (:revisions)").param("revisions", revisions).update();
    }
}
