package org.ap4tracker.system;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * Where the JSON API answers, for the pages that link to it (an event page's "this event as JSON") as well as
 * the API's own controllers and links. Kept here, not in the API module, so that a page can link to the JSON of
 * what it shows without depending on the module that serves it.
 */
public final class ApiPaths {

    /** The path every API address starts with; controllers map their routes under it. */
    public static final String BASE = "/api/v1";

    private ApiPaths() {
    }

    // A slug is encoded as one path segment by concatenation: a list of the API writes two of these links per
    // event, and a UriComponentsBuilder for each was 8 % of an uncached /api/v1/events (docs/performance.md).

    /** The site-relative address of one event's JSON, the slug encoded as a path segment. */
    public static String event(String slug) {
        return BASE + "/events/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }

    /** The site-relative address of one storyline's JSON. */
    public static String development(String slug) {
        return BASE + "/developments/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }
}
