package org.ap4tracker.feeds;

import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventExport;
import org.ap4tracker.events.Provenance;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.images.EventPictures;
import org.ap4tracker.images.ShownPicture;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A JSON Feed 1.1 (jsonfeed.org) of the newest events a filter shows: the Atom feed's content, as JSON. */
@Component
// Deliberate parallel of TimelineJsWriter (and the other writers): one small class per format, same collaborators.
class JsonFeedWriter {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private final EventCatalog catalog;
    private final FeedTexts texts;
    private final JsonMapper json;
    private final EventPictures pictures;

    JsonFeedWriter(EventCatalog catalog, FeedTexts texts, JsonMapper json, EventPictures pictures) {
        this.pictures = pictures;
        this.catalog = catalog;
        this.texts = texts;
        this.json = json;
    }

    void write(FeedRequest request, Writer out) {
        List<EventExport> events = catalog.exportPage(request.newestFirst(), null, FeedLimits.FEED_ENTRIES).events();
        List<Author> authors = List.of(new Author(texts.author(), request.page("/about")));
        json.writeValue(out, new JsonFeed(VERSION, texts.title(request.newestFirst()), request.timeline(),
                request.self(), texts.subtitle(), contentLanguage(), authors,
                items(events, request, authors)));
    }

    /** The language the items are in: the one asked for with {@code ?lang=}, which the request's locale carries. */
    static String contentLanguage() {
        String language = LocaleContextHolder.getLocale().getLanguage();
        return language.equals("ja") || language.equals("ko") ? language : "en";
    }

    private List<Item> items(List<EventExport> events, FeedRequest request, List<Author> authors) {
        Map<String, ShownPicture> firstPictures = pictures.firstOf(events.stream().map(event -> event.card().slug()).toList());
        return events.stream().map(event -> item(event, request, authors, firstPictures.get(event.card().slug()))).toList();
    }

    private Item item(EventExport event, FeedRequest request, List<Author> authors, @Nullable ShownPicture picture) {
        EventCard card = event.card();
        String url = request.event(card.slug());
        return new Item(url, url, card.title(), card.summary(), texts.plainText(event), event.publishedAt(),
                card.updatedAt(), texts.tags(event), authors, Ap4Extension.of(event, request.page("/about#data-standards")),
                picture == null ? null : request.page(picture.largePath()), card.language());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JsonFeed(
            String version,
            String title,
            @JsonProperty("home_page_url") String homePageUrl,
            @JsonProperty("feed_url") String feedUrl,
            String description,
            String language,
            List<Author> authors,
            List<Item> items) {
    }

    record Author(String name, @Nullable String url) {
    }

    record Item(
            String id,
            String url,
            String title,
            String summary,
            @JsonProperty("content_text") String contentText,
            @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified,
            List<String> tags,
            List<Author> authors,
            @JsonProperty("_ap4") Ap4Extension ap4,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String image,
            // JSON Feed 1.1's item language: English for an item not yet translated into the feed's language.
            String language) {
    }

    /**
     * What JSON Feed has no field for, as an extension (keys starting with an underscore, per JSON Feed 1.1):
     * the date in EDTF, each source with its kind and publisher, and how many independent publishers they are.
     */
    record Ap4Extension(
            String about,
            String edtf,
            List<Source> sources,
            @JsonProperty("independent_publishers") int independentPublishers) {

        static Ap4Extension of(EventExport event, String about) {
            return new Ap4Extension(about, event.card().date().edtf(),
                    event.sources().stream().map(source -> new Source(source.url(), source.title(),
                            source.publisher(), source.kind())).toList(),
                    Provenance.of(event.sources()).publishers());
        }
    }

    record Source(@Nullable String url, String title, @Nullable String publisher, SourceKind kind) {
    }
}
