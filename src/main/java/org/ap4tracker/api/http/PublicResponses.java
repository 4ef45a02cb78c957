package org.ap4tracker.api.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.ap4tracker.system.EntityTags;
import org.ap4tracker.system.PublicUrls;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * 200 responses for the API's reads, with the validators and caching that let clients and caches revalidate:
 * an ETag that is a hash of the JSON itself, so it changes exactly when the response does; Last-Modified
 * when the data last changed; and a short public max-age. Spring MVC answers 304 Not Modified itself when
 * If-None-Match or If-Modified-Since shows the client already has this response.
 * <p>
 * Lists carry weak ETags: Tomcat only compresses a response whose ETag is weak, and a page of a hundred
 * events is worth compressing. A single resource carries a strong ETag, which conditional writes
 * (If-Match) compare with.
 * <p>
 * What a signed-in caller receives (an editor may see drafts) is {@code private, no-store} instead, so no
 * shared cache keeps it and no later reader is served it; and every response varies by Authorization and
 * Cookie, so a shared cache never answers a signed-in caller with the public copy.
 */
@Component
public class PublicResponses {

    static final CacheControl PUBLIC_DATA = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    public static final CacheControl PRIVATE_DATA = CacheControl.noStore().cachePrivate();

    private final JsonMapper json;
    private final PublicUrls urls;

    PublicResponses(JsonMapper json, PublicUrls urls) {
        this.json = KeptJson.keeping(json);
        this.urls = urls;
    }

    /**
     * {@code lastModified} must be read before the data: read after, it could postdate a change the body
     * does not show yet, and a client revalidating by date alone would keep the stale body.
     */
    public <T> ResponseEntity<T> resource(Optional<Instant> lastModified, T body) {
        return ok(lastModified, body, "", HttpHeaders.EMPTY);
    }

    public <T> ResponseEntity<T> list(Optional<Instant> lastModified, T body) {
        return list(lastModified, body, HttpHeaders.EMPTY);
    }

    public <T> ResponseEntity<T> list(Optional<Instant> lastModified, T body, HttpHeaders headers) {
        return ok(lastModified, body, "W/", headers);
    }

    /** A list made with this response's links; {@code lastModified} is read by the caller first, as above. */
    public <T> ResponseEntity<T> list(Optional<Instant> lastModified, Function<ApiLinks, T> body) {
        return list(lastModified, body.apply(links()));
    }

    private <T> ResponseEntity<T> ok(Optional<Instant> lastModified, T body, String weakness, HttpHeaders headers) {
        // The JSON hashed here is the JSON sent: SerializedJson writes these bytes instead of serialising again.
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .headers(headers)
                .cacheControl(ApiCallers.signedIn() ? PRIVATE_DATA : PUBLIC_DATA)
                .varyBy(HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE)
                .eTag(weakness + EntityTags.of(SerializedJson.write(json, body)));
        lastModified.ifPresent(response::lastModified);
        return response.body(body);
    }

    /** The strong ETag of a single resource's representation, as {@link #resource} sends it. */
    public String entityTag(Object body) {
        return EntityTags.of(json.writeValueAsBytes(body));
    }

    /** Absolute links on the site's public address, for this response. */
    public ApiLinks links() {
        return ApiLinks.at(urls.origin());
    }
}
