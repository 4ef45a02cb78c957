package org.ap4tracker.timeline;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.DevelopmentRef;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.FilterChoices;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineFacets;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.TopicRef;
import org.ap4tracker.system.ReadsOnOneConnection;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;

/** The timeline, whole or filtered, and the same list for one actor. */
@Controller
class TimelineController {

    private final EventCatalog catalog;
    private final TimelinePageModel pages;
    private final MessageSource messages;
    private final ShareCards shareCards;

    TimelineController(EventCatalog catalog, TimelinePageModel pages, MessageSource messages, ShareCards shareCards) {
        this.catalog = catalog;
        this.pages = pages;
        this.messages = messages;
        this.shareCards = shareCards;
    }

    /** The timeline narrowed to one year, every other filter kept: what a year's facet count links to. */
    record YearLinks(String page) {

        /** From the current page's address, without its cursor: every page of one list links alike. */
        static YearLinks of(HttpServletRequest request) {
            return new YearLinks(TimelinePageModel.currentUrl(request, url -> url.replaceQueryParam("cursor")));
        }

        public String of(int year) {
            return UriComponentsBuilder.fromUriString(page).replaceQueryParam("from", year)
                    .replaceQueryParam("to", year).build(true).toUriString();
        }
    }

    /**
     * One checkbox of the timeline's filters (actors, types, topics; {@code fragments/facets :: checks}), worked
     * out here once per page: {@code count} is null when the page has no counts, and a choice that would show
     * nothing is unavailable unless it is already chosen, so a reader can always undo a choice.
     */
    public record FacetChoice(String name, String value, String label, @Nullable Long count, boolean checked) {

        public boolean unavailable() {
            return count != null && count == 0 && !checked;
        }
    }

    private void addChoices(Model model, TimelineParams params, @Nullable TimelineFacets facets,
            List<ActorRef> actors, List<TopicRef> topics, Locale locale) {
        model.addAttribute("actorChoices", actors.stream()
                .map(a -> new FacetChoice("actor", a.code(), a.name(), facets == null ? null : facets.actor(a.code()),
                        params.has("actor", a.code())))
                .toList());
        model.addAttribute("typeChoices", Arrays.stream(EventType.values())
                .map(t -> new FacetChoice("type", t.name(), messages.getMessage("event.type." + t.name(), null, locale),
                        facets == null ? null : facets.type(t), params.has("type", t.name())))
                .toList());
        model.addAttribute("topicChoices", topics.stream()
                .map(t -> new FacetChoice("topic", t.slug(), t.label(), facets == null ? null : facets.topic(t.slug()),
                        params.has("topic", t.slug())))
                .toList());
    }

    /**
     * What the filter form shows (fragments/filters :: form) when it may be rendered once and reused: a valid
     * page that searches for no words. Each search has a form of its own that few will ask for again, and would
     * only push kept cards out. The page's cursor is left out, so every page of one list shares the form.
     */
    private static @Nullable Map<String, Object> keptFilters(TimelineParams params, Model model, YearLinks yearUrls) {
        if (params.text() != null) {
            return null;
        }
        Map<String, Object> form = new HashMap<>();
        form.put("params", params.withoutCursor());
        form.put("yearUrls", yearUrls);
        for (String name : List.of("actorChoices", "typeChoices", "topicChoices", "facets", "developments")) {
            form.put(name, model.getAttribute(name));
        }
        return Collections.unmodifiableMap(form);
    }

    @InitBinder("params")
    void validateParams(WebDataBinder binder) {
        binder.addValidators(new TimelineParamsValidator());
    }

    @GetMapping("/")
    @ReadsOnOneConnection
    String timeline(@ModelAttribute("params") @Valid TimelineParams params, BindingResult binding, Model model,
            Locale locale, HttpServletRequest request, HttpServletResponse response) {
        FilterChoices choices = catalog.filterChoices();
        List<ActorRef> actors = choices.actors();
        List<TopicRef> topics = choices.topics();
        List<DevelopmentRef> storylines = choices.storylines();
        model.addAttribute("developments", storylines);
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalid", true);
            addChoices(model, params, null, actors, topics, locale);
            return "timeline/index";
        }
        TimelineFilter filter = params.filter();
        model.addAttribute("skipToResults", true);
        model.addAttribute("filtered", filter.restricts());
        TimelineFacets facets = catalog.facets(filter);
        // Counts that stopped at the limit are lower bounds: the choices are shown without them, none unavailable.
        model.addAttribute("facets", facets.capped() ? null : facets);
        addChoices(model, params, facets.capped() ? null : facets, actors, topics, locale);
        model.addAttribute("summary", ResultsSummary.of(params, facets, actors, topics, storylines, messages, locale,
                request));
        YearLinks yearUrls = YearLinks.of(request);
        model.addAttribute("yearUrls", yearUrls);
        model.addAttribute("keptFilters", keptFilters(params, model, yearUrls));
        // By date the toggle turns the list round; from best matches it turns to newest first. Newest first
        // without a search is the default, which the address then leaves out.
        model.addAttribute("orderToggleUrl", TimelinePageModel.currentUrl(request, url -> {
            url.replaceQueryParam("cursor");
            if (filter.order() == SortOrder.NEWEST_FIRST) {
                url.replaceQueryParam("order", SortOrder.OLDEST);
            }
            else if (params.text() != null) {
                url.replaceQueryParam("order", SortOrder.NEWEST);
            }
            else {
                url.replaceQueryParam("order");
            }
        }));
        pages.addPage(model, filter, params.cursor(), locale, request);
        pages.addOverview(model, filter, TimelinePageModel.pathWithinSite(request), request.getQueryString(), locale);
        pages.addFormats(model, request.getQueryString(), messages.getMessage(
                filter.restricts() ? "formats.view.filtered" : "formats.view.timeline", null, locale), locale);
        return "timeline/index";
    }

    @GetMapping("/actors/{code}")
    @ReadsOnOneConnection
    String actor(@PathVariable String code, @RequestParam(required = false) @Nullable String cursor, Model model,
            Locale locale, HttpServletRequest request) {
        String canonical = code.toUpperCase(Locale.ROOT);
        if (!canonical.equals(code)) {
            // Codes are upper-case (JP, NATO); /actors/jp is a typing slip, not a different page.
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:" + TimelinePageModel.currentUrl(request,
                    url -> url.replacePath("/actors/" + canonical));
        }
        ActorRef actor = catalog.actor(code).orElseThrow(() -> new PageNotFoundException("actor " + code));
        model.addAttribute("actor", actor);
        model.addAttribute("share", shareCards.actor(actor, locale));
        model.addAttribute("skipToResults", true);
        pages.addPage(model, TimelineFilter.involving(actor.code()), cursor, locale, request);
        pages.addOverview(model, TimelineFilter.involving(actor.code()), "/", "actor=" + actor.code(), locale);
        pages.addFormats(model, "actor=" + actor.code(), actor.name(), locale);
        return "timeline/actor";
    }
}
