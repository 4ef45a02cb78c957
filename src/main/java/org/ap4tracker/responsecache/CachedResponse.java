package org.ap4tracker.responsecache;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A 200 response as it left the application: its headers in order (security headers, Cache-Control, Vary,
 * validators), content type and language, and body bytes. The validators are kept apart so that a conditional
 * request can be answered 304 from them.
 */
record CachedResponse(String contentType, Locale locale, List<Map.Entry<String, String>> headers, byte[] body,
        @Nullable String etag, long lastModified) {

    /** What the entry weighs in the cache, roughly: its body and headers. */
    int weight() {
        int weight = body.length + 256;
        for (Map.Entry<String, String> header : headers) {
            weight += header.getKey().length() + header.getValue().length() + 32;
        }
        return weight;
    }
}
