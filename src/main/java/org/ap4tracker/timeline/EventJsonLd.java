package org.ap4tracker.timeline;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ap4tracker.events.ActorKind;
import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.events.SourceCitation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * An event as schema.org JSON-LD: an {@code Event} whose {@code citation}s are its sources, for search engines
 * and other readers of structured data. The JSON goes into the page inside a {@code <script>} data block, so
 * every character that could end that block or open markup is written as a JSON escape.
 */
@Component
class EventJsonLd {

    private final JsonMapper json;

    EventJsonLd(JsonMapper json) {
        this.json = json;
    }

    String of(EventDetail event, String url) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Event");
        ld.put("@id", url);
        ld.put("url", url);
        ld.put("name", event.title());
        ld.put("description", event.summary());
        HonestDate date = event.date();
        // A date "before" or "after" a period does not start in it; schema.org has no way to say so.
        if (date.qualifier() != DateQualifier.BEFORE && date.qualifier() != DateQualifier.AFTER) {
            ld.put("startDate", date.isoStart());
            if (date.isRange()) {
                ld.put("endDate", new HonestDate(date.end(), null, date.precision(), date.qualifier()).isoStart());
            }
        }
        if (event.location() != null) {
            ld.put("location", Map.of("@type", "Place", "name", event.location()));
        }
        ld.put("about", event.actors().stream().map(EventJsonLd::actor).toList());
        ld.put("citation", event.sources().stream().map(EventJsonLd::citation).toList());
        return scriptSafe(json.writeValueAsString(ld));
    }

    private static Map<String, Object> actor(ActorRef actor) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", actor.kind() == ActorKind.STATE ? "Country" : "Organization");
        thing.put("name", actor.name());
        if (actor.wikidataUrl() != null) {
            thing.put("sameAs", actor.wikidataUrl());
        }
        return thing;
    }

    private static Map<String, Object> citation(SourceCitation source) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", switch (source.kind()) {
            case OFFICIAL -> "CreativeWork";
            case NEWS -> "NewsArticle";
            case ANALYSIS -> "AnalysisNewsArticle";
            case OPINION -> "OpinionNewsArticle";
        });
        work.put("name", source.title());
        if (source.url() != null) {
            work.put("url", source.url());
        }
        if (source.publisher() != null) {
            work.put("publisher", Map.of("@type", "Organization", "name", source.publisher()));
        }
        if (source.publishedOn() != null) {
            work.put("datePublished", source.publishedOn().toString());
        }
        if (source.archiveUrl() != null) {
            work.put("archivedAt", source.archiveUrl());
        }
        return work;
    }

    /**
     * JSON that cannot end its {@code <script>} element or start a comment inside it: {@code <}, {@code >} and
     * {@code &} as \\u escapes (still the same JSON), and the line separators that some parsers reject.
     */
    static String scriptSafe(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
