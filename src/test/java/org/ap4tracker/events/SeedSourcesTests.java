package org.ap4tracker.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed dataset after its better sources and corrections (shared/seed/sources-2026.md). */
@TrackerIntegrationTest
class SeedSourcesTests {

    private static final String ARTICLE = "https://nation.com.pk/20-May-2023/nato-pivots-to-asia";

    @Autowired
    EventCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    private EventDetail event(String slug) {
        return catalog.publicEvent(slug).orElseThrow();
    }

    @Test
    void theOpinionArticleIsCitedAtItsAddressAsOpinionAndEveryOtherSourceHasAnAddressAndAKind() {
        List<Map<String, Object>> article = jdbc.sql("""
                select s.url, s.kind, s.publisher, s.published_on from event_source s join event e on e.id = s.event_id
                where e.created_by = 'seed' and s.title = 'NATO pivots to Asia'
                """).query().listOfRows();
        assertThat(article).hasSize(11).allSatisfy(row -> assertThat(row)
                .containsEntry("url", ARTICLE).containsEntry("kind", "OPINION").containsEntry("publisher", "The Nation"));
        assertThat(jdbc.sql("""
                select count(*) from event_source s join event e on e.id = s.event_id
                where e.created_by = 'seed' and (s.url is null or s.publisher_id is null)
                """).query(Integer.class).single()).isZero();
    }

    @Test
    void everyEventOfTheFirstDatasetNowRestsOnMoreThanTheArticleUnlessItIsTheArticlesOwnClaim() {
        List<String> opinionOnly = jdbc.sql("""
                select e.slug from event e where e.created_by = 'seed'
                  and not exists (select 1 from event_source s where s.event_id = e.id and s.kind <> 'OPINION')
                order by e.slug
                """).query(String.class).list();
        assertThat(opinionOnly).containsExactly("2017-nato-china-dialogue-halts",
                "2023-danish-ambassador-on-aim-of-tokyo-office");
        assertThat(event("2023-07-11-vilnius-summit").provenance()).isEqualTo(new Provenance(6, 6, false));
        assertThat(event("2023-05-03-nikkei-reports-tokyo-liaison-office-plan").provenance())
                .as("two Reuters copies count as one publisher").isEqualTo(new Provenance(4, 3, false));
    }

    @Test
    void seededFactsFlaggedAsWrongAreCorrected() {
        assertThat(event("2022-06-28-madrid-summit").date()).isEqualTo(HonestDate.days(LocalDate.of(2022, 6, 29),
                LocalDate.of(2022, 6, 30)));
        assertThat(event("2022-06-28-madrid-summit").summary()).doesNotContain("across Europe and beyond");
        assertThat(event("2009-gulf-of-aden-anti-piracy-coordination").date())
                .isEqualTo(HonestDate.month(2008, 12, DateQualifier.EXACT));
        assertThat(event("2009-gulf-of-aden-anti-piracy-coordination").type()).isEqualTo(EventType.POLICY);
        assertThat(event("2023-06-ft-reports-france-opposes-tokyo-office").date())
                .isEqualTo(HonestDate.day(LocalDate.of(2023, 6, 5)));
        assertThat(event("2023-07-09-elysee-confirms-opposition-to-tokyo-office").date())
                .isEqualTo(HonestDate.day(LocalDate.of(2023, 7, 7)));
        assertThat(event("2023-07-12-nato-japan-itpp-agreed").summary()).contains("Kyodo News reported 16 areas");
        AttributedStatement macron = event("2023-07-12-macron-opposes-tokyo-office-at-vilnius").statements().get(0);
        assertThat(macron.language()).isEqualTo("fr");
        assertThat(macron.originalText()).startsWith("la géographie est têtue");
        assertThat(event("2023-05-04-china-criticises-tokyo-office-plan").statements().get(0).language()).isEqualTo("zh");
    }

    @Test
    void theNewEventsAreSourcedAndLinkedAndSearchFindsThemBySourceTitle() {
        assertThat(jdbc.sql("select count(*) from event where created_by = 'seed' and status = 'PUBLISHED'")
                .query(Integer.class).single()).isEqualTo(29);
        EventDetail hague = event("2025-06-24-the-hague-summit");
        assertThat(hague.sources()).extracting(SourceCitation::kind).startsWith(SourceKind.OFFICIAL);
        assertThat(hague.statements()).extracting(AttributedStatement::speaker).containsExactly("Christopher Luxon");
        assertThat(hague.related()).extracting(RelatedEvent::slug).contains("2024-07-09-washington-summit");
        assertThat(hague.publishedAt()).isEqualTo(java.time.Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(jdbc.sql("""
                select slug from event where search_vector @@ websearch_to_tsquery('english', 'Yokosuka')
                """).query(String.class).list()).containsExactly("2025-04-08-rutte-visits-japan-joint-statement");
    }
}
