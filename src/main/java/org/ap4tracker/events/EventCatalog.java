package org.ap4tracker.events;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.ap4tracker.events.internal.CjkText;
import org.ap4tracker.events.internal.DevelopmentQueries;
import org.ap4tracker.events.internal.EventChangeQueries;
import org.ap4tracker.events.internal.EventDetailQueries;
import org.ap4tracker.events.internal.EventExportQueries;
import org.ap4tracker.events.internal.EventCsvCopy;
import org.ap4tracker.events.internal.FacetQueries;
import org.ap4tracker.events.internal.OverviewQueries;
import org.ap4tracker.events.internal.ReferenceDataQueries;
import org.ap4tracker.events.internal.SearchQueries;
import org.ap4tracker.events.internal.TimelineQueries;
import org.ap4tracker.system.ReadsOnOneConnection;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public side of the tracker reads: published events, storylines and reference data. */
@Service
@ReadsOnOneConnection
public class EventCatalog {

    /** The CSV export's header line (without its CRLF): the names of the cells of each line. */
    public static final String CSV_HEADER = EventCsvCopy.HEADER;

    /** The most events one page may hold. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The most change log entries one page may hold. */
    public static final int MAX_CHANGES_PAGE_SIZE = 1000;

    private final TimelineQueries timeline;
    private final EventDetailQueries details;
    private final DevelopmentQueries developments;
    private final ReferenceDataQueries referenceData;
    private final EventChangeQueries changes;
    private final EventExportQueries exports;
    private final EventCsvCopy csvCopy;
    private final SearchQueries search;
    private final FacetQueries facets;
    private final OverviewQueries overview;

    /**
     * Facet counts by filter and public version, so that a committed change is seen at once on every instance.
     * (Keyed by the time of the last change they needed an age limit, for a transaction that started earlier
     * but committed later; the version is bumped at commit.)
     */
    private final Cache<FacetKey, TimelineFacets> facetCache = Caffeine.newBuilder()
            .maximumSize(2_000)
            .build();

    /** Densities the same way: a large range takes one grouped pass over its events, worth keeping. */
    private final Cache<FacetKey, TimelineDensity> densityCache = Caffeine.newBuilder()
            .maximumSize(500)
            .build();

    EventCatalog(TimelineQueries timeline, EventDetailQueries details, DevelopmentQueries developments,
            ReferenceDataQueries referenceData, EventChangeQueries changes, EventExportQueries exports,
            SearchQueries search, FacetQueries facets, OverviewQueries overview, EventCsvCopy csvCopy) {
        this.timeline = timeline;
        this.details = details;
        this.developments = developments;
        this.referenceData = referenceData;
        this.changes = changes;
        this.exports = exports;
        this.search = search;
        this.facets = facets;
        this.overview = overview;
        this.csvCopy = csvCopy;
    }

    public TimelinePage timeline(TimelineFilter filter, @Nullable TimelineCursor after, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to %d events, not %d".formatted(MAX_PAGE_SIZE, limit));
        }
        return timeline.page(filter, after, limit);
    }

    /** Where the filter's text matched each event of a page, by slug; empty when the filter has no text. */
    public Map<String, SearchMatch> searchMatches(TimelineFilter filter, TimelinePage page) {
        String text = filter.text();
        // Headlines are marked by the english configuration, which has no words of Japanese or Korean to mark:
        // such a search lists the cards in the reader's language as they are.
        return text == null || CjkText.in(text) ? Map.of()
                : search.matches(page.events().stream().map(EventCard::slug).toList(), text);
    }

    /** How many events each facet value would list under the rest of the filter; see {@link TimelineFacets}. */
    public TimelineFacets facets(TimelineFilter filter) {
        return keptUnderVersion(facetCache, filter, () -> facets.count(filter));
    }

    /** At most {@code limit} events the filter lists, oldest first, without their actors: for an overview. */
    public List<EventCard> overviewMarks(TimelineFilter filter, int limit) {
        return overview.marks(filter, limit);
    }

    /** How many events the filter lists per storyline and month: for an overview of a large range. */
    public TimelineDensity density(TimelineFilter filter) {
        return keptUnderVersion(densityCache, filter, () -> overview.density(filter));
    }

    /** What {@code count} gives for the filter, kept under the public version; counted anew in a writing transaction. */
    private <T> T keptUnderVersion(Cache<FacetKey, T> cache, TimelineFilter filter, Supplier<T> count) {
        OptionalLong version = changes.publicVersion();
        return version.isEmpty() ? count.get()
                : cache.get(new FacetKey(filter.inOrder(SortOrder.NEWEST_FIRST), version.getAsLong()),
                        key -> count.get());
    }

    private record FacetKey(TimelineFilter filter, long publicVersion) {
    }

    /** A published event with all its parts, or a withdrawn one with only its title and reason; drafts are not public. */
    public Optional<EventDetail> publicEvent(String slug) {
        return details.findPublic(slug);
    }

    public List<DevelopmentSummary> developments() {
        return developments.all();
    }

    public Optional<DevelopmentSummary> development(String slug) {
        return developments.find(slug);
    }

    public Optional<ActorRef> actor(String code) {
        return referenceData.actor(code);
    }

    public List<ActorRef> actors() {
        return referenceData.actors();
    }

    public List<TopicRef> topics() {
        return referenceData.topics();
    }

    public List<DevelopmentRef> developmentChoices() {
        return referenceData.developments();
    }

    /** The actors, topics and storylines together, as the timeline's filters offer them; see {@link FilterChoices}. */
    public FilterChoices filterChoices() {
        return referenceData.filterChoices();
    }

    /** Entries of the public change log after a position (from the start when null), oldest first. */
    public ChangePage changes(@Nullable ChangeCursor since, int limit) {
        if (limit < 1 || limit > MAX_CHANGES_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "A page holds 1 to %d changes, not %d".formatted(MAX_CHANGES_PAGE_SIZE, limit));
        }
        return changes.after(since, limit);
    }

    /** When anything public last changed; empty while nothing has been published. */
    public Optional<Instant> lastChange() {
        return changes.lastChange();
    }

    /** When the public view of one event last changed; empty for a draft or an unknown slug. */
    public Optional<Instant> lastChangeOf(String slug) {
        return changes.lastChangeOf(slug);
    }

    /**
     * Every event of the filter as lines of CSV (each ending CRLF, no header; columns as
     * {@link #CSV_HEADER}), in the filter's order, written by PostgreSQL's COPY to {@code out}; events link
     * to {@code origin}. Throws the stream's IOException when the client has gone away.
     */
    @Transactional(readOnly = true, rollbackFor = IOException.class)
    public void writeCsv(TimelineFilter filter, String origin, OutputStream out) throws IOException {
        csvCopy.write(filter, origin, out);
    }

    /**
     * A timeline page as {@link #timeline} reads it, each event with its location, topics, sources and
     * publication time, for feeds and exports. Costs a fixed number of statements whatever the page's length.
     */
    public ExportPage exportPage(TimelineFilter filter, @Nullable TimelineCursor after, int limit) {
        TimelinePage page = timeline(filter, after, limit);
        return new ExportPage(exports.withParts(page.events()), page.next());
    }

    /**
     * The public changelog, newest first: events published, corrected, withdrawn and taken down, before a
     * position (from the newest when null). Entries that only echo another change (a related event's, a
     * renamed actor's) are left out; {@link #changes} keeps them for mirrors.
     */
    public PublicChangePage publicChanges(@Nullable ChangeCursor before, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to %d changes, not %d".formatted(MAX_PAGE_SIZE, limit));
        }
        return changes.publicBefore(before, limit);
    }
}
