package org.ap4tracker.events;

import java.time.LocalDate;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The database itself refuses data that breaks the domain's rules, whoever writes it. */
@TrackerIntegrationTest
@Transactional
class SchemaConstraintsTests {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} {1} from {2} sorts at {3}")
    @CsvSource(delimiter = '|', textBlock = """
            DAY   | EXACT  | 2023-07-12 | 2023-07-12
            DAY   | BEFORE | 2023-07-12 | 2023-07-11
            DAY   | AFTER  | 2023-07-12 | 2023-07-13
            MONTH | EXACT  | 2023-04-01 | 2023-04-01
            MONTH | EARLY  | 2023-04-01 | 2023-04-01
            MONTH | MID    | 2023-04-01 | 2023-04-11
            MONTH | LATE   | 2023-04-01 | 2023-04-21
            MONTH | AFTER  | 2023-04-01 | 2023-05-01
            YEAR  | CIRCA  | 2009-01-01 | 2009-01-01
            YEAR  | MID    | 2023-01-01 | 2023-05-01
            YEAR  | LATE   | 2023-01-01 | 2023-09-01
            YEAR  | BEFORE | 2017-01-01 | 2016-12-31
            YEAR  | AFTER  | 2017-01-01 | 2018-01-01
            """)
    void theTimelineSortsByTheFirstDayTheDateCanMean(String precision, String qualifier, LocalDate start,
            LocalDate sortDate) {
        LocalDate generated = jdbc.sql("""
                insert into event (slug, title, summary, start_date, date_precision, date_qualifier, type,
                                   created_by, updated_by)
                values ('sort-probe', 'Probe', 'Probe', :start, :precision, :qualifier, 'REPORT', 'test', 'test')
                returning sort_date
                """).param("start", start).param("precision", precision).param("qualifier", qualifier)
                .query(LocalDate.class).single();

        assertThat(generated).isEqualTo(sortDate);
    }

    @ParameterizedTest(name = "refuses {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            an end before the start        | 'bad-range', 'DAY', 'EXACT', date '2023-07-12', date '2023-07-11'
            a month not on its first day   | 'bad-month', 'MONTH', 'MID', date '2023-04-15', null
            a mid-day                      | 'bad-mid', 'DAY', 'MID', date '2023-04-15', null
            an uncertain range             | 'bad-after', 'DAY', 'AFTER', date '2023-07-11', date '2023-07-12'
            a slug with capitals           | 'Bad-Slug', 'DAY', 'EXACT', date '2023-07-12', null
            a slug with spaces             | 'bad slug', 'DAY', 'EXACT', date '2023-07-12', null
            """)
    void refusesEventsThatBreakTheRules(String rule, String values) {
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.sql("""
                insert into event (slug, date_precision, date_qualifier, start_date, end_date, title, summary, type,
                                   created_by, updated_by)
                values (%s, 'T', 'S', 'REPORT', 'test', 'test')
                """.formatted(values)).update());
    }

    @ParameterizedTest(name = "refuses source URL {0}")
    @CsvSource({"javascript:alert(1)", "ftp://example.org/file", "data:text/html;base64,PHNjcmlwdD4=", "//example.org"})
    void sourcesLinkOnlyToWebPages(String url) {
        long id = draftEvent();

        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.sql(
                "insert into event_source (event_id, position, url, title) values (:id, 0, :url, 'Title')")
                .param("id", id).param("url", url).update());
    }

    @Test
    void aWithdrawnEventGivesAReason() {
        long id = draftEvent();

        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.sql(
                "update event set status = 'WITHDRAWN', published_at = now() where id = :id").param("id", id).update());
    }

    @Test
    void aStatementQuotesOrParaphrasesSomething() {
        long id = draftEvent();

        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.sql("""
                insert into event_statement (event_id, position, speaker, stance) values (:id, 0, 'Someone', 'NEUTRAL')
                """).param("id", id).update());
    }

    @Test
    void relatedEventsAreStoredOncePerPair() {
        long first = draftEvent();
        long second = jdbc.sql("""
                insert into event (slug, title, summary, start_date, date_precision, date_qualifier, type, created_by, updated_by)
                values ('second-probe', 'P', 'P', date '2023-01-01', 'DAY', 'EXACT', 'REPORT', 't', 't') returning id
                """).query(Long.class).single();

        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.sql(
                "insert into event_link (event_a_id, event_b_id) values (:a, :b)")
                .param("a", Math.max(first, second)).param("b", Math.min(first, second)).update());
    }

    private long draftEvent() {
        return jdbc.sql("""
                insert into event (slug, title, summary, start_date, date_precision, date_qualifier, type, created_by, updated_by)
                values ('probe', 'Probe', 'Probe', date '2023-01-01', 'DAY', 'EXACT', 'REPORT', 'test', 'test')
                returning id
                """).query(Long.class).single();
    }
}
