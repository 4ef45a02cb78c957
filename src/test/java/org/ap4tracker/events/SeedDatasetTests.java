package org.ap4tracker.events;

import java.util.List;
import java.util.Map;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@TrackerIntegrationTest
class SeedDatasetTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void allTwentyNineSeededEventsArePublishedAndEachNamesASource() {
        assertThat(jdbc.sql("select count(*) from event where status = 'PUBLISHED' and created_by = 'seed'")
                .query(Integer.class).single()).isEqualTo(29);
        assertThat(jdbc.sql("""
                select e.slug from event e
                where e.created_by = 'seed' and not exists (select 1 from event_source s where s.event_id = e.id)
                """).query(String.class).list()).isEmpty();
    }

    @Test
    void fuzzyDatesKeepTheirRealPrecisionAndQualifier() {
        Map<String, String> dates = jdbc.sql("""
                select slug, date_precision || ' ' || date_qualifier || ' ' || start_date as date from event
                where slug in ('2023-04-tokyo-liaison-office-proposal-shared', '2009-gulf-of-aden-anti-piracy-coordination',
                               '2017-nato-china-dialogue-halts', '2023-australia-nato-partnership-programme-2023-2026')
                """).query((rs, n) -> Map.entry(rs.getString("slug"), rs.getString("date"))).list()
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(dates).containsOnly(
                Map.entry("2023-04-tokyo-liaison-office-proposal-shared", "MONTH MID 2023-04-01"),
                Map.entry("2009-gulf-of-aden-anti-piracy-coordination", "MONTH EXACT 2008-12-01"),
                Map.entry("2017-nato-china-dialogue-halts", "YEAR AFTER 2017-01-01"),
                Map.entry("2023-australia-nato-partnership-programme-2023-2026", "YEAR CIRCA 2023-01-01"));
    }

    @Test
    void storylinesCarryTheirCurrentStatus() {
        assertThat(jdbc.sql("select slug || '=' || status from development order by slug").query(String.class).list())
                .containsExactly("ap4-at-nato-summits=ONGOING", "ap4-defence-industrial-cooperation=AGREED",
                        "ap4-missions-to-nato=IMPLEMENTED", "ap4-partnership-programmes=ONGOING",
                        "nato-china-relations=ONGOING", "nato-japan-itpp=AGREED", "tokyo-liaison-office=STALLED");
    }

    @Test
    void onlyJapanSouthKoreaAustraliaAndNewZealandAreAsiaPacificPartners() {
        List<String> partners = jdbc.sql("select code from actor where asia_pacific_partner order by code")
                .query(String.class).list();

        assertThat(partners).containsExactly("AU", "JP", "KR", "NZ");
    }

    @Test
    void statementsAreAttributedWithStance() {
        assertThat(jdbc.sql("select distinct speaker || ' ' || stance from event_statement order by 1")
                .query(String.class).list())
                .containsExactly("Christopher Luxon SUPPORTIVE", "Emmanuel Macron CRITICAL", "Jens Stoltenberg SUPPORTIVE",
                        "Lin Jian CRITICAL", "Mao Ning CRITICAL", "Mark Rutte SUPPORTIVE", "Peter Taksøe-Jensen SUPPORTIVE",
                        "Spokesperson of the Chinese Mission to the EU CRITICAL");
    }
}
