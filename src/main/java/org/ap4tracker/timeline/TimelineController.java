package org.ap4tracker.timeline;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.InvalidCursorException;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineCursor;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.TimelinePage;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The timeline, whole or filtered, and the same list for one actor. */
@Controller
class TimelineController {

    static final int PAGE_SIZE = 50;

    private final EventCatalog catalog;
    private final HonestDateFormat dates;
    private final MessageSource messages;

    TimelineController(EventCatalog catalog, HonestDateFormat dates, MessageSource messages) {
        this.catalog = catalog;
        this.dates = dates;
        this.messages = messages;
    }

    @InitBinder("params")
    void validateParams(WebDataBinder binder) {
        binder.addValidators(new TimelineParamsValidator());
    }

    @GetMapping("/")
    String timeline(@ModelAttribute("params") @Valid TimelineParams params, BindingResult binding, Model model,
            Locale locale, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("actors", catalog.actors());
        model.addAttribute("topics", catalog.topics());
        model.addAttribute("developments", catalog.developmentChoices());
        model.addAttribute("types", EventType.values());
        if (binding.hasErrors()) {
            return invalid(model, response);
        }
        TimelineFilter filter = params.filter();
        model.addAttribute("filtered", filter.restricts());
        model.addAttribute("orderToggleUrl", currentUrl(request, url -> {
            url.replaceQueryParam("cursor");
            if (params.oldestFirst()) {
                url.replaceQueryParam("order");
            }
            else {
                url.replaceQueryParam("order", TimelineParams.OLDEST_FIRST);
            }
        }));
        addPage(model, filter, params.cursor(), locale, request);
        return "timeline/index";
    }

    private String invalid(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("invalid", true);
        return "timeline/index";
    }

    @GetMapping("/actors/{code}")
    String actor(@PathVariable String code, @RequestParam(required = false) @Nullable String cursor, Model model, Locale locale,
            HttpServletRequest request) {
        ActorRef actor = catalog.actor(code).orElseThrow(() -> new PageNotFoundException("actor " + code));
        model.addAttribute("actor", actor);
        addPage(model, TimelineFilter.involving(actor.code()), cursor, locale, request);
        return "timeline/actor";
    }

    private void addPage(Model model, TimelineFilter filter, @Nullable String cursor, Locale locale,
            HttpServletRequest request) {
        TimelinePage page = catalog.timeline(filter, cursor == null ? null : parse(cursor), PAGE_SIZE);
        List<EventEntry> entries = page.events().stream()
                .map(event -> new EventEntry(event, dates.format(event.date(), locale)))
                .toList();
        model.addAttribute("groups", TimelineGroups.of(entries, messages, locale));
        model.addAttribute("empty", entries.isEmpty());
        model.addAttribute("oldestFirst", filter.order() == SortOrder.OLDEST_FIRST);
        model.addAttribute("continued", cursor != null);
        model.addAttribute("firstPageUrl", currentUrl(request, url -> url.replaceQueryParam("cursor")));
        TimelineCursor next = page.next();
        model.addAttribute("nextPageUrl",
                next == null ? null : currentUrl(request, url -> url.replaceQueryParam("cursor", next.token())));
    }

    private static TimelineCursor parse(String cursor) {
        try {
            return TimelineCursor.parse(cursor);
        }
        catch (InvalidCursorException ex) {
            throw new BadPageRequestException(ex);
        }
    }

    /** This page's own address, changed as given: filters carry over to the next page and the order toggle. */
    private static String currentUrl(HttpServletRequest request, Consumer<UriComponentsBuilder> change) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString());
        change.accept(url);
        return url.build(true).toUriString();
    }
}
