package org.ap4tracker.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.DevelopmentRef;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineFacets;
import org.ap4tracker.events.TopicRef;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * What the timeline shows, in words above the results ("6 events involving Japan, newest first"), and each
 * active filter as a chip whose link shows the timeline without it.
 */
record ResultsSummary(String heading, List<Chip> chips) {

    /** One active filter value and the address of the same view without it. */
    record Chip(String label, String removeName, String removeHref) {
    }

    /**
     * The summary of valid {@code params}. The number of events is the sum of the year facet over the years
     * the filter keeps, which counts exactly what the list shows (the year facet counts under every other
     * condition of the filter, and years are whole).
     */
    static ResultsSummary of(TimelineParams params, TimelineFacets facets, List<ActorRef> actors, List<TopicRef> topics,
            List<DevelopmentRef> storylines, MessageSource messages, Locale locale, HttpServletRequest request) {
        Integer from = TimelineParams.year(params.from());
        Integer to = TimelineParams.year(params.to());
        // Under a text search the facets count the events themselves, up to a limit and one more.
        long count = facets.total() != null ? facets.total()
                : facets.years().subMap(from == null ? Integer.MIN_VALUE : from, true,
                        to == null ? Integer.MAX_VALUE : to, true).values().stream().mapToLong(Long::longValue).sum();
        Texts texts = new Texts(messages, locale);
        Map<String, String> actorNames = actors.stream().collect(Collectors.toMap(ActorRef::code, ActorRef::name));
        Map<String, String> topicLabels = topics.stream().collect(Collectors.toMap(TopicRef::slug, TopicRef::label));
        Map<String, String> storylineTitles = storylines.stream()
                .collect(Collectors.toMap(DevelopmentRef::slug, DevelopmentRef::title));

        StringBuilder heading = new StringBuilder(facets.totalAtLeastCountedUpTo()
                ? texts.get("results.countAtLeast", TimelineFacets.COUNTED_UP_TO) : texts.get("results.count", count));
        List<Chip> chips = new ArrayList<>();
        listed(params.actor(), "actor", value -> actorNames.getOrDefault(value, value), "results.actors", heading,
                chips, texts, request);
        listed(params.type(), "type", value -> texts.get("event.type." + value), "results.types", heading, chips,
                texts, request);
        listed(params.topic(), "topic", value -> topicLabels.getOrDefault(value, value), "results.topics", heading,
                chips, texts, request);
        listed(params.source(), "source", value -> texts.get("timeline.filter.source." + value), "results.sources",
                heading, chips, texts, request);
        String storyline = params.development() == null || params.development().isBlank() ? null
                : storylineTitles.getOrDefault(params.development(), params.development());
        if (storyline != null) {
            heading.append(texts.get("results.storyline", storyline));
            chips.add(texts.chip(storyline, request, "development", null));
        }
        if (from != null && to != null) {
            heading.append(from.equals(to) ? texts.get("results.year", String.valueOf(from))
                    : texts.get("results.years", String.valueOf(from), String.valueOf(to)));
        }
        else if (from != null) {
            heading.append(texts.get("results.fromYear", String.valueOf(from)));
        }
        else if (to != null) {
            heading.append(texts.get("results.toYear", String.valueOf(to)));
        }
        if (from != null) {
            chips.add(texts.chip(texts.get("results.chip.from", String.valueOf(from)), request, "from", null));
        }
        if (to != null) {
            chips.add(texts.chip(texts.get("results.chip.to", String.valueOf(to)), request, "to", null));
        }
        String text = params.text();
        if (text != null) {
            heading.append(texts.get("results.text", text));
            chips.add(texts.chip(texts.get("results.chip.text", text), request, "q", null));
        }
        SortOrder order = params.sortOrder();
        heading.append(texts.get("results.order." + order.name()));
        return new ResultsSummary(heading.toString(), chips);
    }

    private static void listed(@Nullable List<String> values, String parameter, Function<String, String> name,
            String phrase, StringBuilder heading, List<Chip> chips, Texts texts, HttpServletRequest request) {
        if (values == null || values.isEmpty()) {
            return;
        }
        List<String> distinct = values.stream().distinct().toList();
        heading.append(texts.get(phrase, distinct.stream().map(name)
                .collect(Collectors.joining(texts.get("results.or")))));
        for (String value : distinct) {
            chips.add(texts.chip(name.apply(value), request, parameter,
                    distinct.stream().filter(other -> !other.equals(value)).toArray()));
        }
    }

    private record Texts(MessageSource messages, Locale locale) {

        String get(String code, Object... args) {
            return messages.getMessage(code, args, locale);
        }

        /** A chip removing {@code parameter}, or keeping only {@code remaining} of its values. */
        Chip chip(String label, HttpServletRequest request, String parameter, Object @Nullable [] remaining) {
            return new Chip(label, get("results.chip.remove", label), TimelinePageModel.currentUrl(request, url -> {
                url.replaceQueryParam("cursor");
                if (remaining == null || remaining.length == 0) {
                    url.replaceQueryParam(parameter);
                }
                else {
                    url.replaceQueryParam(parameter, remaining);
                }
            }));
        }
    }
}
