package org.ap4tracker.events.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.TimelineCursor;
import org.ap4tracker.events.TimelineDensity;
import org.ap4tracker.events.TimelineFacets;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.TimelinePage;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts and lists of a Korean or Japanese search whose matches are kept, counted and ordered in memory, are
 * those SQL gives for the same filter: facet by facet, month by month, the overview's marks, and page by page in
 * every order and language, for filters on every dimension. SQL answers inside a transaction that may write (where nothing is
 * kept); the kept path runs outside one. The events copied here are committed, as an editor's work is, and
 * removed afterwards.
 */
@TrackerIntegrationTest
class CjkMatchesInMemoryTests {

    private static final String WORD = "대조시험";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FacetQueries facets;

    @Autowired
    OverviewQueries overview;

    @Autowired
    CjkLookup cjk;

    @Autowired
    TimelineQueries timeline;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void removeTheCopies() {
        jdbc.sql("delete from event where slug like 'cjk-mem-%'").update();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyFilterIsCountedAndListedInMemoryAsSqlDoesIt() {
        int copied = copySeedEventsWithTheWord();
        assertThat(copied).isGreaterThan(20);
        String actor = jdbc.sql("select a.code from event_actor l join actor a on a.id = l.actor_id group by 1 order by count(*) desc limit 1")
                .query(String.class).single();
        String topic = jdbc.sql("select t.slug from event_topic l join topic t on t.id = l.topic_id group by 1 order by count(*) desc limit 1")
                .query(String.class).single();
        String development = jdbc.sql("select d.slug from event e join development d on d.id = e.development_id group by 1 order by count(*) desc limit 1")
                .query(String.class).single();
        Instant recently = jdbc.sql("select percentile_disc(0.5) within group (order by updated_at) from event where slug like 'cjk-mem-%'")
                .query(Instant.class).single();

        List<TimelineFilter> filters = List.of(
                filter(Set.of(), Set.of(), Set.of(), null, null, null, null, Set.of()),
                filter(Set.of(), Set.of(), Set.of(), null, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 6, 30), null, Set.of()),
                filter(Set.of(actor), Set.of(), Set.of(), null, null, null, null, Set.of()),
                filter(Set.of(actor, "CN"), Set.of(EventType.SUMMIT, EventType.STATEMENT), Set.of(), null, null, null, null, Set.of()),
                filter(Set.of(), Set.of(), Set.of(topic), development, null, LocalDate.of(2025, 12, 31), null, Set.of()),
                filter(Set.of(), Set.of(), Set.of(), null, null, null, null, EnumSet.of(SourceKind.NEWS, SourceKind.OPINION)),
                filter(Set.of(actor), Set.of(EventType.MEETING), Set.of(topic), development, LocalDate.of(2020, 1, 1), null,
                        null, EnumSet.of(SourceKind.OFFICIAL)),
                filter(Set.of(), Set.of(), Set.of(), null, null, null, recently, Set.of()),
                filter(Set.of(), Set.of(), Set.of(), "no-such-storyline", null, null, null, Set.of()),
                filter(Set.of(), Set.of(), Set.of(), null, null, LocalDate.of(1900, 1, 1), null, Set.of()));

        assertThat(cjk.kept(WORD)).as("kept outside a transaction").isNotNull();
        assertThat(inWritingTransaction(() -> cjk.kept(WORD))).as("not kept where something may be written").isNull();
        for (TimelineFilter filter : filters) {
            TimelineFacets bySql = inWritingTransaction(() -> facets.count(filter));
            assertThat(facets.count(filter)).as("facets of %s", filter).isEqualTo(bySql);
            assertThat(cells(overview.density(filter))).as("months of %s", filter)
                    .isEqualTo(cells(inWritingTransaction(() -> overview.density(filter))));
            TimelineFilter oldestFirst = filter.inOrder(SortOrder.OLDEST_FIRST);
            assertThat(overview.marks(oldestFirst, 12)).as("overview marks of %s", filter)
                    .isEqualTo(inWritingTransaction(() -> overview.marks(oldestFirst, 12)));
            for (SortOrder order : SortOrder.values()) {
                for (Locale reader : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                    LocaleContextHolder.setLocale(reader);
                    TimelineFilter ordered = filter.inOrder(order);
                    assertThat(pages(ordered)).as("pages of %s in %s", ordered, reader)
                            .isEqualTo(inWritingTransaction(() -> pages(ordered)));
                }
            }
        }
        LocaleContextHolder.setLocale(Locale.KOREAN);
        List<List<String>> byRelevance = pages(filters.get(0));
        assertThat(byRelevance.get(0)).as("the word in the title first").allMatch(title -> title.startsWith(WORD));
        assertThat(byRelevance.get(byRelevance.size() - 1)).noneMatch(title -> title.startsWith(WORD));
        assertThat(facets.count(filters.get(0)).total()).isEqualTo(jdbc.sql(
                "select count(*) from event where status = 'PUBLISHED' and slug like 'cjk-mem-%'").query(Long.class).single());
    }

    /**
     * Copies every event of the seed, drafts and withdrawn ones too, with its actors, topics and sources, and gives
     * each copy a Korean translation with the word: in its title for every other one, so that a list by relevance
     * puts those first, else in its summary. Answers how many were copied.
     */
    private int copySeedEventsWithTheWord() {
        int copied = jdbc.sql("""
                insert into event (slug, title, summary, body, start_date, end_date, date_precision, date_qualifier,
                                   type, development_id, location, status, withdrawn_reason, created_by, updated_by,
                                   published_at, updated_at)
                select 'cjk-mem-' || e.id, e.title, e.summary, e.body, e.start_date, e.end_date, e.date_precision,
                       e.date_qualifier, e.type, e.development_id, e.location, e.status, e.withdrawn_reason, 'test',
                       'test', e.published_at, e.updated_at - (e.id % 7) * interval '1 day'
                from event e""").update();
        jdbc.sql("""
                insert into event_actor (event_id, actor_id, sort_date, published)
                select c.id, l.actor_id, c.sort_date, c.status = 'PUBLISHED'
                from event_actor l join event c on c.slug = 'cjk-mem-' || l.event_id""").update();
        jdbc.sql("""
                insert into event_topic (event_id, topic_id, sort_date, published)
                select c.id, l.topic_id, c.sort_date, c.status = 'PUBLISHED'
                from event_topic l join event c on c.slug = 'cjk-mem-' || l.event_id""").update();
        jdbc.sql("""
                insert into event_source (event_id, position, url, title, publisher, published_on, accessed_on, kind)
                select c.id, s.position, s.url, s.title, s.publisher, s.published_on, s.accessed_on, s.kind
                from event_source s join event c on c.slug = 'cjk-mem-' || s.event_id""").update();
        jdbc.sql("""
                insert into event_translation (event_id, lang, title, summary, source_digest, translated_by)
                select c.id, 'ko', case when c.id % 2 = 0 then :word || ' ' else '' end || c.title,
                       case when c.id % 2 = 1 then :word || ' ' else '' end || c.summary,
                       translation_source_digest(c.title, c.summary, c.body), 'test'
                from event c where c.slug like 'cjk-mem-%'""").param("word", WORD).update();
        return copied;
    }

    /** Every page of the filter's list, seven events a page, each page's titles, following the cursors. */
    private List<List<String>> pages(TimelineFilter filter) {
        List<List<String>> pages = new java.util.ArrayList<>();
        TimelineCursor after = null;
        do {
            TimelinePage page = timeline.page(filter, after, 7);
            pages.add(page.events().stream().map(card -> card.title() + " · " + card.date() + " · "
                    + card.actors().size() + " · " + card.language()).toList());
            after = page.next();
        } while (after != null && pages.size() < 100);
        return pages;
    }

    private <T> T inWritingTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private static Set<TimelineDensity.Cell> cells(TimelineDensity density) {
        return new HashSet<>(density.cells());
    }

    private static TimelineFilter filter(Set<String> actors, Set<EventType> types, Set<String> topics,
            String development, LocalDate from, LocalDate to, Instant updatedSince, Set<SourceKind> sourceKinds) {
        return new TimelineFilter(actors, types, topics, development, from, to, updatedSince, WORD,
                SortOrder.RELEVANCE, sourceKinds);
    }
}
