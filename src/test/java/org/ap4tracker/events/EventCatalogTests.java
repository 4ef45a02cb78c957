package org.ap4tracker.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@TrackerIntegrationTest
@Transactional
class EventCatalogTests {

    @Autowired
    EventCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTimelineStartsWithTheNewestEventAndEndsWithTheOldest() {
        List<String> slugs = slugs(catalog.timeline(TimelineFilter.everything(), null, 100));

        assertThat(slugs).hasSize(29);
        assertThat(slugs.get(0)).isEqualTo("2025-06-24-japan-and-south-korea-advance-defence-industrial-cooperation");
        assertThat(slugs.get(28)).isEqualTo("1999-05-07-nato-bombing-of-chinese-embassy-in-belgrade");
        // "mid-April 2023" sorts at 11 April, after the dated May reports and before "2023".
        assertThat(slugs).containsSubsequence("2023-05-03-nikkei-reports-tokyo-liaison-office-plan",
                "2023-04-tokyo-liaison-office-proposal-shared", "2023-danish-ambassador-on-aim-of-tokyo-office");
    }

    @Test
    void keysetPagesCoverEveryEventOnceInOrderBothWays() {
        TestEvents test = new TestEvents(jdbc);
        for (int i = 0; i < 120; i++) {
            // Many events on the same few days, so the id must break ties.
            test.published("paging-probe-" + i, LocalDate.of(2019, 1, 1 + i % 3), "Probe " + i, "NATO");
        }

        for (SortOrder order : SortOrder.values()) {
            TimelineFilter filter = new TimelineFilter(Set.of(), Set.of(), Set.of(), null, 2019, 2019, order);
            List<String> walked = walk(filter, 25);
            assertThat(walked).hasSize(120).doesNotHaveDuplicates();
            List<String> oneGo = slugs(catalog.timeline(filter, null, 100));
            assertThat(walked.subList(0, 100)).isEqualTo(oneGo);
        }
    }

    @Test
    void everyKindOfListGivesEachEventItsOwnActorsNatoFirstThenByNameAndKeepsAnEventWithNone() {
        TestEvents test = new TestEvents(jdbc);
        long four = test.published("2031-01-03-quartet-meets", LocalDate.of(2031, 1, 3), "Quartet meets", "KR");
        jdbc.sql("insert into event_actor (event_id, actor_id) select :id, id from actor where code in ('JP', 'NATO', 'AU')")
                .param("id", four).update();
        long none = test.published("2031-01-02-quartet-unattributed", LocalDate.of(2031, 1, 2), "Quartet rumour", "JP");
        jdbc.sql("delete from event_actor where event_id = :id").param("id", none).update();
        test.published("2031-01-01-quartet-japan", LocalDate.of(2031, 1, 1), "Quartet in Tokyo", "JP");

        TimelineFilter in2031 = new TimelineFilter(Set.of(), Set.of(), Set.of(), null, 2031, 2031, SortOrder.NEWEST_FIRST);
        TimelineFilter quartet = new TimelineFilter(Set.of(), Set.of(), Set.of(), null, null, null, null, "quartet",
                SortOrder.RELEVANCE);
        for (TimelineFilter filter : List.of(in2031, in2031.inOrder(SortOrder.OLDEST_FIRST), quartet,
                quartet.inOrder(SortOrder.NEWEST_FIRST))) {
            assertThat(catalog.timeline(filter, null, 10).events()).as("%s", filter)
                    .extracting(EventCard::slug, card -> card.actors().stream().map(ActorRef::code).toList())
                    .containsExactlyInAnyOrder(tuple("2031-01-03-quartet-meets", List.of("NATO", "AU", "JP", "KR")),
                            tuple("2031-01-02-quartet-unattributed", List.of()),
                            tuple("2031-01-01-quartet-japan", List.of("JP")));
        }
        // One actor's list, a page of one event at a time.
        TimelineFilter japan = new TimelineFilter(Set.of("JP"), Set.of(), Set.of(), null, 2031, 2031,
                SortOrder.NEWEST_FIRST);
        TimelinePage first = catalog.timeline(japan, null, 1);
        assertThat(first.events()).singleElement().satisfies(card -> assertThat(card.actors())
                .extracting(ActorRef::code).containsExactly("NATO", "AU", "JP", "KR"));
        TimelinePage second = catalog.timeline(japan, first.next(), 1);
        assertThat(second.events()).extracting(EventCard::slug).containsExactly("2031-01-01-quartet-japan");
        assertThat(second.next()).isNull();
    }

    @Test
    void pagingStaysCorrectWhileNewerEventsAreAdded() {
        TestEvents test = new TestEvents(jdbc);
        TimelinePage first = catalog.timeline(TimelineFilter.everything(), null, 5);

        test.published("2030-01-01-added-while-paging", LocalDate.of(2030, 1, 1), "Added while paging", "JP");
        List<String> rest = walkFrom(TimelineFilter.everything(), first.next(), 5);

        List<String> all = new ArrayList<>(slugs(first));
        all.addAll(rest);
        assertThat(all).hasSize(29).doesNotHaveDuplicates().doesNotContain("2030-01-01-added-while-paging");
    }

    @Test
    void filtersCombineAndRepeatedValuesMeanAnyOf() {
        TimelineFilter franceOrDenmarkStatements = new TimelineFilter(Set.of("FR", "DK"), Set.of(EventType.STATEMENT),
                Set.of(), "tokyo-liaison-office", 2023, 2023, SortOrder.OLDEST_FIRST);

        assertThat(slugs(catalog.timeline(franceOrDenmarkStatements, null, 100))).containsExactly(
                "2023-danish-ambassador-on-aim-of-tokyo-office",
                "2023-06-ft-reports-france-opposes-tokyo-office",
                "2023-07-09-elysee-confirms-opposition-to-tokyo-office",
                "2023-07-12-macron-opposes-tokyo-office-at-vilnius");
    }

    @Test
    void topicAndYearFiltersNarrowTheTimeline() {
        TimelineFilter maritime = new TimelineFilter(Set.of(), Set.of(), Set.of("maritime-security"), null, null, null,
                SortOrder.NEWEST_FIRST);
        TimelineFilter before2010 = new TimelineFilter(Set.of(), Set.of(), Set.of(), null, null, 2009,
                SortOrder.NEWEST_FIRST);

        assertThat(slugs(catalog.timeline(maritime, null, 100))).containsExactly(
                "2015-11-25-first-joint-nato-china-anti-piracy-drill",
                "2012-01-nato-and-chinese-commanders-meet-at-sea-in-gulf-of-aden",
                "2009-gulf-of-aden-anti-piracy-coordination");
        assertThat(slugs(catalog.timeline(before2010, null, 100))).containsExactly(
                "2009-gulf-of-aden-anti-piracy-coordination", "1999-05-07-nato-bombing-of-chinese-embassy-in-belgrade");
    }

    @Test
    void anActorsTimelineFollowsEditsToItsEvents() {
        TimelineFilter denmark = TimelineFilter.involving("DK");
        assertThat(slugs(catalog.timeline(denmark, null, 100)))
                .containsExactly("2023-danish-ambassador-on-aim-of-tokyo-office");

        jdbc.sql("update event set start_date = date '2024-01-01' where slug = '2023-danish-ambassador-on-aim-of-tokyo-office'")
                .update();
        TestEvents test = new TestEvents(jdbc);
        test.published("2023-06-01-danish-probe", LocalDate.of(2023, 6, 1), "Danish probe", "DK");
        assertThat(slugs(catalog.timeline(denmark, null, 100)))
                .containsExactly("2023-danish-ambassador-on-aim-of-tokyo-office", "2023-06-01-danish-probe");

        jdbc.sql("update event set status = 'WITHDRAWN', withdrawn_reason = 'Duplicate' where slug = '2023-06-01-danish-probe'")
                .update();
        assertThat(slugs(catalog.timeline(denmark, null, 100)))
                .containsExactly("2023-danish-ambassador-on-aim-of-tokyo-office");
    }

    @Test
    void draftsAndWithdrawnEventsStayOffTheTimeline() {
        TestEvents test = new TestEvents(jdbc);
        test.draft("2030-01-01-a-draft", LocalDate.of(2030, 1, 1), "A draft");
        test.withdrawn("2030-01-02-withdrawn", LocalDate.of(2030, 1, 2), "Withdrawn", "Duplicate");

        assertThat(slugs(catalog.timeline(TimelineFilter.everything(), null, 100)))
                .doesNotContain("2030-01-01-a-draft", "2030-01-02-withdrawn");
        assertThat(catalog.publicEvent("2030-01-01-a-draft")).isEmpty();
        assertThat(catalog.publicEvent("2030-01-02-withdrawn")).hasValueSatisfying(
                event -> assertThat(event.withdrawnReason()).isEqualTo("Duplicate"));
    }

    @Test
    void anEventComesWithItsSourcesStatementsAndRelatedEvents() {
        EventDetail itpp = catalog.publicEvent("2023-07-12-nato-japan-itpp-agreed").orElseThrow();

        assertThat(itpp.sources()).first().satisfies(source -> {
            assertThat(source.url()).isEqualTo("https://www.nato.int/cps/en/natolive/official_texts_217797.htm");
            assertThat(source.publisher()).isEqualTo("NATO");
        });
        assertThat(itpp.actors()).extracting(ActorRef::code).containsExactly("NATO", "JP");
        assertThat(itpp.development()).isEqualTo(new DevelopmentRef("nato-japan-itpp",
                "NATO–Japan Individually Tailored Partnership Programme 2023–2026", DevelopmentStatus.AGREED));
        assertThat(itpp.related()).extracting(RelatedEvent::slug).containsExactlyInAnyOrder("2023-07-11-vilnius-summit",
                "2023-01-31-stoltenberg-and-kishida-issue-joint-statement-in-tokyo",
                "2025-04-08-rutte-visits-japan-joint-statement");
    }

    @Test
    void storylinesSayWhenTheyLastMoved() {
        DevelopmentSummary tokyo = catalog.development("tokyo-liaison-office").orElseThrow();
        TimelinePage milestones = catalog.timeline(TimelineFilter.milestonesOf("tokyo-liaison-office"), null, 100);

        assertThat(tokyo.status()).isEqualTo(DevelopmentStatus.STALLED);
        assertThat(tokyo.lastMoved()).isEqualTo(HonestDate.day(LocalDate.of(2023, 7, 12)));
        assertThat(milestones.events()).hasSize(tokyo.milestoneCount()).first()
                .extracting(EventCard::slug).isEqualTo("2023-danish-ambassador-on-aim-of-tokyo-office");
    }

    private List<String> walk(TimelineFilter filter, int pageSize) {
        return walkFrom(filter, null, pageSize);
    }

    private List<String> walkFrom(TimelineFilter filter, TimelineCursor cursor, int pageSize) {
        List<String> slugs = new ArrayList<>();
        TimelineCursor next = cursor;
        do {
            TimelinePage page = catalog.timeline(filter, next, pageSize);
            slugs.addAll(slugs(page));
            next = page.next();
        }
        while (next != null);
        return slugs;
    }

    private static List<String> slugs(TimelinePage page) {
        return page.events().stream().map(EventCard::slug).toList();
    }
}
