package org.ap4tracker.timeline;

import java.time.Duration;
import java.util.Locale;

import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.system.EntityTags;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * An event's share card image. The pages link it with the event's version ({@code ?v=3}), so that address
 * never shows anything else and may be kept for a year; without the current version it is kept for minutes.
 * A Japanese or Korean page links the card in its language ({@code ?v=3&lang=ja}).
 */
@Controller
class ShareCardController {

    private final EventCatalog catalog;
    private final HonestDateFormat dates;
    private final EventCardImage images;
    private final MessageSource messages;

    ShareCardController(EventCatalog catalog, HonestDateFormat dates, EventCardImage images, MessageSource messages) {
        this.catalog = catalog;
        this.dates = dates;
        this.images = images;
        this.messages = messages;
    }

    static String path(String slug) {
        return "/events/" + slug + "/card.png";
    }

    @GetMapping(value = "/events/{slug}/card.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> card(@PathVariable String slug, @RequestParam(required = false) @Nullable String v,
            Locale locale, WebRequest request) {
        EventDetail event = catalog.publicEvent(slug).filter(found -> !found.isWithdrawn())
                .orElseThrow(() -> new PageNotFoundException("card of event " + slug));
        // The language is in the address (?lang=ja, which the locale comes from), so no Vary is needed; the tag
        // names it so that a cache revalidating the Japanese card is never told the English one is current.
        String etag = EntityTags.of(EventCardImage.DRAWING_REVISION + " " + EventCardImage.key(event, locale));
        boolean versioned = String.valueOf(event.version()).equals(v);
        CacheControl keep = versioned ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
        if (request.checkNotModified(etag)) {
            // A 304 renews how long the copy may be kept (RFC 9111, 4.3.4), so it says so as the 200 did.
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(keep).eTag(etag).build();
        }
        byte[] png = images.png(event, locale, dates.format(event.date(), locale),
                messages.getMessage("event.type." + event.type().name(), null, locale),
                messages.getMessage("site.name", null, locale), messages.getMessage("site.tagline", null, locale));
        return ResponseEntity.ok()
                .cacheControl(keep)
                .eTag(etag)
                .contentType(MediaType.IMAGE_PNG)
                .body(png);
    }
}
