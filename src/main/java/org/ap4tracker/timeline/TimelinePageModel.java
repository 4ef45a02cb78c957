package org.ap4tracker.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Puts one page of a filtered timeline into a model, as the {@code groups} and {@code paging} fragments
 * expect it: entries under year and month headings, and links to the next page and back to the start that
 * keep the current filters.
 */
@Component
class TimelinePageModel {

    static final int PAGE_SIZE = 50;

    private final EventCatalog catalog;
    private final HonestDateFormat dates;
    private final MessageSource messages;

    TimelinePageModel(EventCatalog catalog, HonestDateFormat dates, MessageSource messages) {
        this.catalog = catalog;
        this.dates = dates;
        this.messages = messages;
    }

    void addPage(Model model, TimelineFilter filter, @Nullable String cursor, Locale locale,
            HttpServletRequest request) {
        boolean continued = cursor != null && !cursor.isBlank();
        TimelinePage page = catalog.timeline(filter, continued ? parse(cursor, filter) : null, PAGE_SIZE);
        Map<String, SearchMatch> matches = catalog.searchMatches(filter, page);
        List<EventEntry> entries = page.events().stream()
                .map(event -> new EventEntry(event, dates.format(event.date(), locale), matches.get(event.slug())))
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

    /** This page's own address, changed as given, so that every filter carries over. */
    static String currentUrl(HttpServletRequest request, Consumer<UriComponentsBuilder> change) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString());
        change.accept(url);
        return url.build(true).toUriString();
    }

    /**
     * Links to the view a query string selects in every other format, as {@code formats} for the page and as
     * {@code alternates} for feed readers, titled after what the page shows.
     */
    void addFormats(Model model, @Nullable String timelineQuery, String viewTitle, Locale locale) {
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
