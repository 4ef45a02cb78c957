package org.ap4tracker.feeds;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventExport;
import org.ap4tracker.events.TopicRef;
import org.ap4tracker.images.EventPictures;
import org.ap4tracker.images.ShownPicture;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import static org.ap4tracker.system.AtomParts.link;
import static org.ap4tracker.system.AtomParts.text;
import static org.ap4tracker.system.AtomParts.xml;

/**
 * An Atom 1.0 feed (RFC 4287) of the newest events a filter shows. Its id is the canonical address of the
 * feed for that filter, so it stays the same however the query is typed; each entry's id is the event's
 * permanent page, which never changes once the event is published.
 */
@Component
class AtomFeedWriter {

    static final String MEDIA_TYPE = "application/atom+xml";

    private final EventCatalog catalog;
    private final FeedTexts texts;
    private final EventPictures pictures;

    AtomFeedWriter(EventCatalog catalog, FeedTexts texts, EventPictures pictures) {
        this.pictures = pictures;
        this.catalog = catalog;
        this.texts = texts;
    }

    void write(FeedRequest request, Writer out) throws IOException {
        List<EventExport> events = catalog.exportPage(request.newestFirst(), null, FeedLimits.FEED_ENTRIES).events();
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setId(request.self());
        feed.setTitle(xml(texts.title(request.newestFirst())));
        feed.setSubtitle(text(texts.subtitle()));
        feed.setUpdated(Date.from(events.stream().map(event -> event.card().updatedAt()).max(Instant::compareTo)
                .orElse(Instant.EPOCH)));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", request.timeline())));
        feed.setOtherLinks(List.of(link("self", MEDIA_TYPE, request.self())));
        feed.setAuthors(List.of(author(request)));
        Map<String, ShownPicture> firstPictures = pictures.firstOf(events.stream().map(event -> event.card().slug()).toList());
        feed.setEntries(events.stream().map(event -> entry(event, request, firstPictures.get(event.card().slug()))).toList());
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            markLanguages(document.getRootElement(), events);
            new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).output(document, out);
        }
        catch (FeedException ex) {
            throw new IllegalStateException("Could not write the Atom feed " + request.self(), ex);
        }
    }

    /**
     * Says which language the feed is in ({@code xml:lang}, the one asked for with {@code ?lang=}) and, on an entry
     * whose title and summary are not yet translated into it, that the entry is English. Rome writes no
     * {@code xml:lang}, so it is set on the document Rome builds; entries come in the order of {@code events}.
     */
    private static void markLanguages(Element feed, List<EventExport> events) {
        String language = JsonFeedWriter.contentLanguage();
        feed.setAttribute("lang", language, Namespace.XML_NAMESPACE);
        List<Element> entries = feed.getChildren("entry", feed.getNamespace());
        for (int i = 0; i < entries.size() && i < events.size(); i++) {
            String entryLanguage = events.get(i).card().language();
            if (!entryLanguage.equals(language)) {
                entries.get(i).setAttribute("lang", entryLanguage, Namespace.XML_NAMESPACE);
            }
        }
    }

    private Entry entry(EventExport event, FeedRequest request, @Nullable ShownPicture picture) {
        EventCard card = event.card();
        String url = request.event(card.slug());
        Entry entry = new Entry();
        entry.setId(url);
        entry.setTitle(xml(card.title()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", url)));
        entry.setPublished(Date.from(event.publishedAt()));
        entry.setUpdated(Date.from(card.updatedAt()));
        entry.setSummary(text(card.summary()));
        entry.setContents(List.of(text(texts.plainText(event))));
        List<Category> categories = new ArrayList<>();
        categories.add(category(card.type().name(), texts.type(card.type()), request.page("/?type=")));
        for (TopicRef topic : event.topics()) {
            categories.add(category(topic.slug(), topic.label(), request.page("/?topic=")));
        }
        for (ActorRef actor : card.actors()) {
            categories.add(category(actor.code(), actor.name(), request.page("/actors/")));
        }
        entry.setCategories(categories);
        if (picture != null) {
            // RFC 4287's enclosure link: feed readers show it as the entry's picture.
            Link enclosure = link("enclosure", picture.contentType(), request.page(picture.largePath()));
            enclosure.setTitle(xml(picture.alt()));
            entry.setOtherLinks(List.of(enclosure));
        }
        return entry;
    }

    private Person author(FeedRequest request) {
        Person author = new Person();
        author.setName(texts.author());
        author.setUri(request.page("/about"));
        return author;
    }


    /** Schemes name the timeline filter a term belongs to: the type SUMMIT is {@code /?type=SUMMIT}. */
    private static Category category(String term, String label, String scheme) {
        Category category = new Category();
        category.setTerm(term);
        category.setLabel(xml(label));
        category.setScheme(scheme);
        return category;
    }
}
