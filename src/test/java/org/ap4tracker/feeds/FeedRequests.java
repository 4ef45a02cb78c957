package org.ap4tracker.feeds;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineFilter;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Fetches a format through MockMvc, which runs in the test's transaction and so sees what the test wrote. */
final class FeedRequests {

    /** MockMvc's requests come to this origin. */
    static final String ORIGIN = "http://localhost";

    private FeedRequests() {
    }

    static MvcResult fetch(MockMvc mvc, String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result;
    }

    static String body(MockMvc mvc, String url) throws Exception {
        return fetch(mvc, url).getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The slugs the timeline itself lists for a filter, newest first: what every format must list too. */
    static List<String> timelineSlugs(EventCatalog catalog, TimelineFilter filter) {
        return catalog.timeline(filter, null, EventCatalog.MAX_PAGE_SIZE).events().stream().map(EventCard::slug)
                .toList();
    }

    static TimelineFilter japanAtSummits() {
        return new TimelineFilter(Set.of("JP"), Set.of(EventType.SUMMIT), Set.of(), null, null, null,
                SortOrder.NEWEST_FIRST);
    }

    static String eventUrl(String slug) {
        return ORIGIN + "/events/" + slug;
    }
}
