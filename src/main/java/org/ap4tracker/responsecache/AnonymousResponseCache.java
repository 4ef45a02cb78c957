package org.ap4tracker.responsecache;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ap4tracker.system.PublicUrls;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous readers' pages and public API reads from rendered bytes while nothing public has changed.
 * <p>
 * Only requests that cannot be anyone's in particular are served or stored: a GET of a public page or API read
 * with no Cookie (editors always carry their session cookie; anonymous readers get no session), no
 * Authorization (API tokens) and no Origin (CORS answers depend on it). It runs before Spring Session and
 * Spring Security, so a repeated page costs one statement (the public version) and a copy. Only a 200 of HTML
 * or JSON that sets no cookie and is not private is stored; errors never are.
 * <p>
 * The key holds the public version read from the database (see {@link PublicVersion}), so a change committed
 * through any instance makes every instance's entries unreachable at once; old entries age out by size and
 * idleness. A conditional request whose validators match the stored ones gets its 304 from the entry, before
 * any list is read or body built.
 * <p>
 * A request arriving inside a transaction (integration tests run requests in the test's transaction) sees
 * uncommitted changes that the version does not count yet, so it bypasses the cache.
 */
class AnonymousResponseCache extends OncePerRequestFilter {

    /** The public pages and API reads worth keeping; every other path (feeds, exports, images) streams as before. */
    static final Pattern CACHEABLE_PATHS = Pattern.compile("/|/about|/changes|/sources|/topics|/actors(/[^/]+)?"
            + "|/developments(/[^/]+)?|/events/[^/]+|/api/v1/(events|developments)(/[^/]+)?|/api/v1/(actors|topics|changes)");

    private static final int LARGEST_KEPT_BODY = 2 * 1024 * 1024;

    private static final List<String> NOT_REPLAYED = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.SET_COOKIE, HttpHeaders.DATE);

    private final PublicVersion publicVersion;
    private final PublicUrls urls;
    private final Clock clock;
    private final LocaleResolver locales;
    private final Cache<ResponseKey, CachedResponse> kept;

    AnonymousResponseCache(PublicVersion publicVersion, PublicUrls urls, Clock clock, LocaleResolver locales,
            long maxBytes) {
        this.publicVersion = publicVersion;
        this.urls = urls;
        this.clock = clock;
        this.locales = locales;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((ResponseKey key, CachedResponse response) -> response.weight())
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || request.getHeader(HttpHeaders.COOKIE) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader(HttpHeaders.ORIGIN) != null
                || request.getHeader(HttpHeaders.RANGE) != null
                || !CACHEABLE_PATHS.matcher(request.getRequestURI()).matches()
                || TransactionSynchronizationManager.isActualTransactionActive();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ResponseKey key = new ResponseKey(publicVersion.current(), LocalDate.now(clock), urls.origin(request),
                locales.resolveLocale(request), request.getRequestURI(), normalQuery(request.getQueryString()));
        CachedResponse stored = kept.getIfPresent(key);
        if (stored != null && accepts(request, stored.contentType())) {
            replay(request, response, stored);
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        CachedResponse rendered = keepable(rendering);
        if (rendered != null) {
            kept.put(key, rendered);
        }
        rendering.copyBodyToResponse();
    }

    /** What is kept, for tests and for the figures in docs/performance.md. */
    long entries() {
        return kept.estimatedSize();
    }

    private static @Nullable CachedResponse keepable(ContentCachingResponseWrapper rendering) {
        String contentType = rendering.getContentType();
        if (rendering.getStatus() != HttpServletResponse.SC_OK || contentType == null
                || !(contentType.startsWith(MediaType.TEXT_HTML_VALUE)
                        || contentType.startsWith(MediaType.APPLICATION_JSON_VALUE))
                || rendering.getHeader(HttpHeaders.SET_COOKIE) != null
                || rendering.getContentSize() > LARGEST_KEPT_BODY) {
            return null;
        }
        for (String cacheControl : rendering.getHeaders(HttpHeaders.CACHE_CONTROL)) {
            if (cacheControl.contains("private")) {
                return null;
            }
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        // A name comes once per value (Vary: Origin, Vary: Cookie, ...), and getHeaders gives all of them.
        Set<String> seen = new HashSet<>();
        boolean page = contentType.startsWith(MediaType.TEXT_HTML_VALUE);
        for (String name : rendering.getHeaderNames()) {
            // A page's Content-Language comes back with its locale (below); JSON's is the header the API wrote.
            boolean replayed = NOT_REPLAYED.stream().noneMatch(name::equalsIgnoreCase)
                    || !page && HttpHeaders.CONTENT_LANGUAGE.equalsIgnoreCase(name);
            if (seen.add(name.toLowerCase(Locale.ROOT)) && replayed) {
                for (String value : rendering.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        String lastModified = rendering.getHeader(HttpHeaders.LAST_MODIFIED);
        // Views set the page's language through the response's locale; JSON's is among the headers above.
        Locale locale = page ? rendering.getLocale() : Locale.ROOT;
        return new CachedResponse(contentType, locale, List.copyOf(headers), rendering.getContentAsByteArray(),
                rendering.getHeader(HttpHeaders.ETAG), lastModified == null ? -1 : epochMillis(lastModified));
    }

    private static void replay(HttpServletRequest request, HttpServletResponse response, CachedResponse stored)
            throws IOException {
        for (Map.Entry<String, String> header : stored.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        // The same conditional-request rules Spring MVC applies to the controllers' ResponseEntity answers.
        if (new ServletWebRequest(request, response).checkNotModified(stored.etag(), stored.lastModified())) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (!Locale.ROOT.equals(stored.locale())) {
            response.setLocale(stored.locale());
        }
        response.setContentType(stored.contentType());
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    private static boolean accepts(HttpServletRequest request, String contentType) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.parseMediaTypes(accept).stream().anyMatch(wanted -> wanted.includes(type));
        }
        catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** Parameters sorted by name (values of one name keep their order): {@code b=1&a=2} and {@code a=2&b=1} are one page. */
    static String normalQuery(@Nullable String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return String.join("&", Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty())
                .sorted(Comparator.comparing((String part) -> {
                    int equals = part.indexOf('=');
                    return equals < 0 ? part : part.substring(0, equals);
                }))
                .toList());
    }

    private static long epochMillis(String httpDate) {
        HttpHeaders parsed = new HttpHeaders();
        parsed.set(HttpHeaders.LAST_MODIFIED, httpDate);
        try {
            return parsed.getLastModified();
        }
        catch (IllegalArgumentException unreadable) {
            return -1;
        }
    }
}
