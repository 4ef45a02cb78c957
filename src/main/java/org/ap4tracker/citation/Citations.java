package org.ap4tracker.citation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.ap4tracker.events.EventDetail;
import org.ap4tracker.system.PublicUrls;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** Builds the citation of an event as the current request sees the site: its address, and today's date. */
@Component
public class Citations {

    private final Clock clock;
    private final JsonMapper json;
    private final PublicUrls urls;

    Citations(Clock clock, JsonMapper json, PublicUrls urls) {
        this.clock = clock;
        this.json = json;
        this.urls = urls;
    }

    /**
     * The citation of a public event, addressed from the site's public address, in the language its title is in
     * ({@code ?lang=} on the citation files, the page's language on the page).
     */
    public Citation of(EventDetail event) {
        // The page in the language of the title: a Japanese title cites the Japanese page.
        String prefix = event.language().equals("en") ? "" : "/" + event.language();
        String url = urls.of(prefix + "/events/" + event.slug());
        return new Citation("ap4tracker-" + event.slug(), event.title(), url,
                event.publishedAt() == null ? null : LocalDate.ofInstant(event.publishedAt(), ZoneOffset.UTC),
                lastUpdated(event), LocalDate.now(clock), event.language());
    }

    /** The citation as a CSL-JSON document (a list of one item), indented, as the page shows it and the file holds. */
    public String cslJson(Citation citation) {
        return json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(List.of(citation.cslItem()));
    }

    /** Dates are days in UTC, the zone every timestamp is kept in. */
    private static LocalDate lastUpdated(EventDetail event) {
        Instant updated = event.publishedAt() != null && event.publishedAt().isAfter(event.updatedAt())
                ? event.publishedAt() : event.updatedAt();
        return LocalDate.ofInstant(updated, ZoneOffset.UTC);
    }
}
