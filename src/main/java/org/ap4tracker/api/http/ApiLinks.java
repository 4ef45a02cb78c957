package org.ap4tracker.api.http;

import org.ap4tracker.system.ApiPaths;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links for one response, on the site's public address. Every value put into a link
 * has been validated (codes, slugs, ISO dates, cursors), so none needs more than standard encoding.
 */
public final class ApiLinks {

    public static final String BASE_PATH = ApiPaths.BASE;

    private final String origin;

    private ApiLinks(String origin) {
        this.origin = origin;
    }

    /** Links under {@code origin}, the site's public address (see {@link org.ap4tracker.system.PublicUrls}). */
    static ApiLinks at(String origin) {
        return new ApiLinks(origin);
    }

    String api(String path) {
        return origin + BASE_PATH + path;
    }

    /** A builder for a link into the API, for links with query parameters. */
    public UriComponentsBuilder apiBuilder(String path) {
        return UriComponentsBuilder.fromUriString(api(path));
    }

    public String page(String path) {
        return origin + path;
    }

    public String event(String slug) {
        return origin + ApiPaths.event(slug);
    }

    public String development(String slug) {
        return origin + ApiPaths.development(slug);
    }
}
