package org.ap4tracker.system;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's public address, the one place every absolute link is built from: feeds, calendar UIDs,
 * citations, the API's links and Location headers, the changes feed. With {@code ap4.public-url} set
 * (AP4_PUBLIC_URL), what a response says never depends on the request, so a request with a forged Host or
 * X-Forwarded-Host header cannot make a shared cache store links to somewhere else. Without it, links follow
 * the request's own address, which is convenient on a developer's machine and unsafe behind a cache; the
 * application says so when it starts.
 */
@Component
@EnableConfigurationProperties(PublicUrls.Properties.class)
public class PublicUrls {

    private static final Logger log = LoggerFactory.getLogger(PublicUrls.class);

    private final @Nullable String configured;

    /** @param publicUrl the site's absolute http(s) address, e.g. {@code https://ap4tracker.org} */
    @ConfigurationProperties("ap4")
    public record Properties(@Nullable URI publicUrl) {
    }

    public PublicUrls(Properties properties) {
        this.configured = properties.publicUrl() == null ? null : origin(properties.publicUrl());
        if (configured == null) {
            log.warn("ap4.public-url (AP4_PUBLIC_URL) is not set: absolute links follow each request's Host header. "
                    + "Set it wherever responses pass through a shared cache.");
        }
    }

    /** The absolute address of the site's root, without a trailing slash: {@code https://ap4tracker.org}. */
    public String origin() {
        return configured != null ? configured : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    /**
     * {@link #origin()} for a request that need not be the current one (a filter that runs before the request is
     * bound to the thread): what the links in this request's response start with.
     */
    public String origin(HttpServletRequest request) {
        return configured != null ? configured : ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    /** The absolute address of a path on the site; {@code path} starts with a slash. */
    public String of(String path) {
        return origin() + path;
    }

    /** The site's host name, for identifiers that name the site (calendar UIDs). */
    public String host() {
        String host = URI.create(origin()).getHost();
        return host == null ? "localhost" : host;
    }

    private static String origin(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null || url.getQuery() != null
                || url.getFragment() != null) {
            throw new IllegalArgumentException("ap4.public-url must be an absolute http(s) address without query "
                    + "or fragment, such as https://ap4tracker.org; it is " + url);
        }
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
