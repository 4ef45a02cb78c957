package org.ap4tracker.images;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves picture files. The address names the file by the SHA-256 of its bytes and a width, so what it
 * answers never changes: browsers and proxies may keep it for a year ({@code immutable}), and the ETag is
 * that name. Only pictures of published events are served to everyone; the desk's editors also see their
 * drafts' pictures, privately and revalidated each time. Anything else is a plain 404, which does not tell
 * whether such a file exists.
 */
@RestController
class PictureController {

    private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl DESK_ONLY = CacheControl.noCache().cachePrivate();

    private final ImageStore store;

    PictureController(ImageStore store) {
        this.store = store;
    }

    static String path(String sha256, int width, String contentType) {
        return "/pictures/" + sha256 + "/" + width + (contentType.equals("image/png") ? ".png" : ".jpg");
    }

    @GetMapping("/pictures/{sha256:[0-9a-f]{64}}/{width:[0-9]{1,5}}.{extension:jpg|png}")
    ResponseEntity<byte[]> picture(@PathVariable String sha256, @PathVariable int width,
            @PathVariable String extension, HttpServletRequest request, WebRequest webRequest) {
        boolean everyone = store.isPublic(sha256);
        if (!everyone && !request.isUserInRole("EDITOR") && !request.isUserInRole("ADMIN")) {
            return ResponseEntity.notFound().build();
        }
        ImageStore.StoredBytes stored = store.find(sha256, width).orElse(null);
        if (stored == null || !path(sha256, width, stored.contentType()).endsWith("." + extension)) {
            return ResponseEntity.notFound().build();
        }
        CacheControl caching = everyone ? PUBLIC : DESK_ONLY;
        String etag = "\"" + sha256 + "-" + width + "\"";
        if (webRequest.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(caching).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .contentLength(stored.bytes().length)
                .cacheControl(caching)
                .eTag(etag)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(stored.bytes());
    }
}
