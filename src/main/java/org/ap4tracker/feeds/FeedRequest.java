package org.ap4tracker.feeds;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.StringJoiner;

import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.timeline.TimelineFormat;
import org.ap4tracker.timeline.TimelineParams;
import org.jspecify.annotations.Nullable;

/**
 * One request for a format of the timeline, once its parameters are valid: the filter, and the absolute
 * links the formats put in their output, on the site's public address. {@code query} is the
 * filter's canonical query string (values trimmed and sorted, order and cursor left out), so the same filter
 * typed in another order has the same feed id and the same ETag.
 */
record FeedRequest(String origin, String host, TimelineFormat format, TimelineParams params, String query) {

    /** Formats with a fixed length start at the newest event, whatever order the page showed. */
    static final SortOrder FEED_ORDER = SortOrder.NEWEST_FIRST;

    static FeedRequest of(String origin, String host, TimelineFormat format, TimelineParams params) {
        StringJoiner query = new StringJoiner("&");
        addIfPresent(query, "q", params.text());
        addSorted(query, "actor", params.actor());
        addSorted(query, "type", params.type());
        addSorted(query, "topic", params.topic());
        addSorted(query, "source", params.source());
        addIfPresent(query, "development", params.development());
        addIfPresent(query, "from", params.from());
        addIfPresent(query, "to", params.to());
        return new FeedRequest(origin, host, format, params, query.toString());
    }

    /** The filter these parameters ask for, newest event first. */
    TimelineFilter newestFirst() {
        return ordered(FEED_ORDER);
    }

    /** The filter in the order the page shows: oldest first when asked for, newest first otherwise. */
    TimelineFilter pageOrder() {
        return ordered(params.oldestFirst() ? SortOrder.OLDEST_FIRST : SortOrder.NEWEST_FIRST);
    }

    private TimelineFilter ordered(SortOrder order) {
        TimelineFilter filter = params.filter();
        return filter.inOrder(order);
    }

    /** This format of this filter, canonically: the feed's own link and, for Atom, its id. */
    String self() {
        return origin + format.path() + (query.isEmpty() ? "" : "?" + query);
    }

    /** The HTML timeline with the same filter. */
    String timeline() {
        return origin + "/" + (query.isEmpty() ? "" : "?" + query);
    }

    String event(String slug) {
        return origin + "/events/" + slug;
    }

    /** An event's page in a language: English's has no prefix, Japanese's and Korean's {@code /ja}, {@code /ko}. */
    String event(String slug, String language) {
        return origin + ("en".equals(language) ? "" : "/" + language) + "/events/" + slug;
    }

    String actor(String code) {
        return origin + "/actors/" + code;
    }

    String page(String path) {
        return origin + path;
    }

    private static void addIfPresent(StringJoiner query, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            add(query, name, value.strip());
        }
    }

    private static void addSorted(StringJoiner query, String name, @Nullable Collection<String> values) {
        if (values != null) {
            values.stream().filter(value -> !value.isBlank()).map(String::strip).distinct().sorted()
                    .forEach(value -> add(query, name, value));
        }
    }

    /** Form-encoded, as browsers send the timeline's filter form: "+" for a space, "%2B" for a plus. */
    private static void add(StringJoiner query, String name, String value) {
        query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
