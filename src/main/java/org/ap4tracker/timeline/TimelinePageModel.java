package org.ap4tracker.timeline;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.InvalidCursorException;
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
        TimelinePage page = catalog.timeline(filter, continued ? parse(cursor) : null, PAGE_SIZE);
        List<EventEntry> entries = page.events().stream()
                .map(event -> new EventEntry(event, dates.format(event.date(), locale)))
                .toList();
        model.addAttribute("groups", TimelineGroups.of(entries, messages, locale));
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

    private static TimelineCursor parse(String cursor) {
        try {
            return TimelineCursor.parse(cursor);
        }
        catch (InvalidCursorException ex) {
            throw new BadPageRequestException(ex);
        }
    }
}
