package org.ap4tracker.changelog;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ap4tracker.events.ChangeCursor;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.InvalidCursorException;
import org.ap4tracker.events.PublicChangePage;
import org.ap4tracker.system.AlternateLink;
import org.ap4tracker.system.EntityTags;
import org.ap4tracker.system.PublicUrls;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public changelog, newest first, fifty to a page, and the same list as an Atom feed. */
@Controller
class ChangelogController {

    static final String PATH = "/changes";
    static final String FEED_PATH = "/changes.atom";
    static final int PAGE_SIZE = 50;

    private static final CacheControl PUBLIC_DATA = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final EventCatalog catalog;
    private final ChangelogFeed feed;
    private final MessageSource messages;
    private final PublicUrls urls;

    ChangelogController(EventCatalog catalog, ChangelogFeed feed, MessageSource messages, PublicUrls urls) {
        this.catalog = catalog;
        this.feed = feed;
        this.messages = messages;
        this.urls = urls;
    }

    @GetMapping(PATH)
    String changes(@RequestParam(required = false) @Nullable String cursor, Model model, Locale locale) {
        boolean continued = cursor != null && !cursor.isBlank();
        PublicChangePage page = catalog.publicChanges(continued ? parse(cursor) : null, PAGE_SIZE);
        model.addAttribute("entries", page.changes().stream().map(change -> ChangelogEntry.of(change, messages, locale)).toList());
        model.addAttribute("continued", continued);
        model.addAttribute("nextPageUrl", page.olderFrom() == null ? null
                : UriComponentsBuilder.fromPath(PATH).queryParam("cursor", page.olderFrom().token()).toUriString());
        model.addAttribute("alternates", List.of(new AlternateLink(ChangelogFeed.MEDIA_TYPE,
                messages.getMessage("changes.feed.title", null, locale), FEED_PATH)));
        return "changes/index";
    }

    /**
     * The newest changes as Atom, with an ETag hashed from the document itself and Last-Modified, so that feed
     * readers polling with If-None-Match or If-Modified-Since get 304 (Spring MVC compares them). The ETag is
     * weak so that Tomcat may compress the feed.
     */
    @GetMapping(path = FEED_PATH, produces = ChangelogFeed.MEDIA_TYPE)
    ResponseEntity<String> atom(Locale locale) {
        // Read before the data: read after, it could postdate a change the document does not show yet.
        Optional<Instant> lastModified = catalog.lastChange();
        PublicChangePage page = catalog.publicChanges(null, PAGE_SIZE);
        Date updated = page.changes().isEmpty() ? lastModified.map(Date::from).orElse(null)
                : Date.from(page.changes().get(0).at());
        String baseUrl = urls.origin();
        String document = feed.write(page.changes(), updated, baseUrl, locale);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
                .cacheControl(PUBLIC_DATA)
                .eTag("W/" + EntityTags.of(document));
        lastModified.ifPresent(response::lastModified);
        return response.body(document);
    }

    private static ChangeCursor parse(String cursor) {
        try {
            return ChangeCursor.parse(cursor);
        }
        catch (InvalidCursorException ex) {
            throw new BadChangelogRequestException(ex);
        }
    }
}
