package org.ap4tracker.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import org.ap4tracker.system.PublicUrls;
import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.InvalidCursorException;
import org.ap4tracker.events.SearchMatch;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineCursor;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.TimelinePage;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Puts one page of a filtered timeline into a model, as the {@code groups} and {@code paging} fragments
 * expect it: entries under year and month headings, and links to the next page and back to the start that
 * keep the current filters.
 */
@Component
class TimelinePageModel {

    static final int PAGE_SIZE = 50;

    /** Up to this many events in range the overview draws each one; above it, how many fall in each month. */
    static final int OVERVIEW_MARKS = 200;

    private final EventCatalog catalog;
    private final HonestDateFormat dates;
    private final MessageSource messages;

    private final PublicUrls addresses;

    TimelinePageModel(EventCatalog catalog, HonestDateFormat dates, MessageSource messages, PublicUrls addresses) {
        this.catalog = catalog;
        this.dates = dates;
        this.messages = messages;
        this.addresses = addresses;
    }

    void addPage(Model model, TimelineFilter filter, @Nullable String cursor, Locale locale,
            HttpServletRequest request) {
        boolean continued = cursor != null && !cursor.isBlank();
        TimelinePage page = catalog.timeline(filter, continued ? parse(cursor, filter) : null, PAGE_SIZE);
        Map<String, SearchMatch> matches = catalog.searchMatches(filter, page);
        List<EventEntry> entries = page.events().stream()
                .map(event -> new EventEntry(event, dates.format(event.date(), locale),
                        "type-badge--" + event.type().name().toLowerCase(Locale.ROOT),
                        messages.getMessage("event.type." + event.type().name(), null, locale),
                        matches.get(event.slug())))
                .toList();
        boolean ranked = filter.order() == SortOrder.RELEVANCE;
        // Best matches come in no order of time, so they are listed without year and month headings.
        model.addAttribute("ranked", ranked);
        model.addAttribute("entries", entries);
        model.addAttribute("groups", ranked ? List.of() : TimelineGroups.of(entries, messages, locale));
        model.addAttribute("empty", entries.isEmpty());
        model.addAttribute("oldestFirst", filter.order() == SortOrder.OLDEST_FIRST);
        model.addAttribute("continued", continued);
        model.addAttribute("firstPageUrl", currentUrl(request, url -> url.replaceQueryParam("cursor")));
        TimelineCursor next = page.next();
        model.addAttribute("nextPageUrl",
                next == null ? null : currentUrl(request, url -> url.replaceQueryParam("cursor", next.token())));
    }

    /**
     * Puts the "at a glance" overview of the filter's events into the model as {@code overview}: one mark per
     * event for up to {@link #OVERVIEW_MARKS}, else a density strip. Its year labels link to the timeline at
     * {@code path} with {@code query} narrowed to their years.
     */
    void addOverview(Model model, TimelineFilter filter, String path, @Nullable String query, Locale locale) {
        model.addAttribute("overview", overview(filter, List.of(), path, query, locale));
    }

    /** The overview of a filter's events, its axis also covering the given days when the filter has no years. */
    OverviewChart overview(TimelineFilter filter, List<LocalDate> alsoCovered, String path, @Nullable String query,
            Locale locale) {
        Integer fromYear = filter.from() == null ? null : filter.from().getYear();
        Integer toYear = filter.to() == null ? null : filter.to().getYear();
        BiFunction<Integer, Integer, String> yearHref = (first, last) -> UriComponentsBuilder.fromPath(path)
                .query(query).replaceQueryParam("cursor").replaceQueryParam("from", first)
                .replaceQueryParam("to", last).build(true).toUriString();
        OverviewChart.Texts texts = new OverviewTexts(locale);
        List<EventCard> marks = catalog.overviewMarks(filter.inOrder(SortOrder.OLDEST_FIRST), OVERVIEW_MARKS + 1);
        return marks.size() <= OVERVIEW_MARKS
                ? OverviewChart.ofEvents(marks, alsoCovered, fromYear, toYear, texts, yearHref)
                : OverviewChart.ofDensity(catalog.density(filter), catalog.filterChoices().storylines(), fromYear, toYear,
                        texts, yearHref);
    }

    /** The overview's words, from the message bundle. */
    private final class OverviewTexts implements OverviewChart.Texts {

        private final Locale locale;

        OverviewTexts(Locale locale) {
            this.locale = locale;
        }

        @Override
        public String date(EventCard event) {
            return dates.format(event.date(), locale);
        }

        @Override
        public String outsideStorylines() {
            return messages.getMessage("overview.outside", null, locale);
        }

        @Override
        public String yearLinkName(int first, int last) {
            return first == last ? messages.getMessage("overview.year", new Object[] {String.valueOf(first)}, locale)
                    : messages.getMessage("overview.years",
                            new Object[] {String.valueOf(first), String.valueOf(last)}, locale);
        }
    }

    /** This page's own address, changed as given, so that every filter carries over. */
    /** The request's path within the site, which templates turn into a link with {@code @{…}}. */
    static String pathWithinSite(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static String currentUrl(HttpServletRequest request, Consumer<UriComponentsBuilder> change) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(pathWithinSite(request))
                .query(request.getQueryString());
        change.accept(url);
        return url.build(true).toUriString();
    }

    /**
     * Links to the view a query string selects in every other format, as {@code formats} for the page and as
     * {@code alternates} for feed readers, titled after what the page shows, and the code that embeds the
     * view in another site ({@code embedCode}).
     */
    void addFormats(Model model, @Nullable String timelineQuery, String viewTitle, Locale locale) {
        // The embed speaks the language of the page the code was copied from.
        String embedUrl = addresses.of(UriComponentsBuilder.fromPath(ReaderPrefix.of(locale) + EmbedController.PATH)
                .query(timelineQuery).replaceQueryParam("cursor").build(true).toUriString());
        model.addAttribute("embedCode", messages.getMessage("embed.code",
                new Object[] {HtmlUtils.htmlEscape(embedUrl), HtmlUtils.htmlEscape(viewTitle)}, locale));
        model.addAttribute("formats", Arrays.stream(TimelineFormat.values())
                .map(format -> new FormatLink(format, format.href(timelineQuery)))
                .toList());
        model.addAttribute("alternates", Arrays.stream(TimelineFormat.values())
                .filter(TimelineFormat::isFeed)
                .map(format -> format.alternate(timelineQuery, messages.getMessage(
                        "formats.alternate." + format.name(), new Object[] {viewTitle}, locale)))
                .toList());
    }

    /** A link to one other format of the page's view. */
    record FormatLink(TimelineFormat format, String href) {
    }

    private static TimelineCursor parse(String cursor, TimelineFilter filter) {
        try {
            TimelineCursor position = TimelineCursor.parse(cursor);
            if (!position.suits(filter.order())) {
                throw new InvalidCursorException(cursor);
            }
            return position;
        }
        catch (InvalidCursorException ex) {
            throw new BadPageRequestException(ex);
        }
    }
}
