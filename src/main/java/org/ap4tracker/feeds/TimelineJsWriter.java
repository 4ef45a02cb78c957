package org.ap4tracker.feeds;

import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventExport;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.events.SourceCitation;
import org.ap4tracker.images.EventPictures;
import org.ap4tracker.images.ShownPicture;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The newest events a filter shows, at most {@link FeedLimits#TIMELINEJS_EVENTS}, in the JSON that Knight
 * Lab's TimelineJS3 viewer loads: a title slide and one slide per event.
 * <p>
 * Dates keep their precision: a year-precision event gives TimelineJS only a year, a month-precision one a
 * year and a month, so the viewer neither prints nor places a day nobody knows. Qualified events take the
 * period the timeline sorts them in ("after 2017" sits at 2018). {@code display_date} carries the honest
 * wording ("mid-April 2023", "11–12 July 2023") whenever TimelineJS would print something else: for every
 * day (it would write "July 11, 2023") and every qualified or ranged date.
 * <p>
 * The viewer puts headline, text, display date and group label into the page as HTML (innerHTML in its
 * Text, SlideNav and TimeGroup), so every text value is escaped here; links are built only from URLs that parse
 * as absolute http(s) addresses. The unique id is a slug, which holds nothing to escape.
 */
@Component
// Deliberate parallel of JsonFeedWriter (and the other writers): one small class per format, same collaborators.
class TimelineJsWriter {

    private final EventCatalog catalog;
    private final FeedTexts texts;
    private final JsonMapper json;
    private final EventPictures pictures;

    TimelineJsWriter(EventCatalog catalog, FeedTexts texts, JsonMapper json, EventPictures pictures) {
        this.pictures = pictures;
        this.catalog = catalog;
        this.texts = texts;
        this.json = json;
    }

    void write(FeedRequest request, Writer out) {
        List<EventExport> events = ExportPages.first(catalog, request.newestFirst(), FeedLimits.TIMELINEJS_EVENTS);
        Slide title = new Slide(null, null, null, new Text(escape(texts.title(request.newestFirst())),
                paragraph(escape(texts.subtitle())) + paragraph(link(request.timeline(), request.timeline()))),
                null, null, null);
        Map<String, ShownPicture> firstPictures = pictures.firstOf(events.stream().map(event -> event.card().slug()).toList());
        json.writeValue(out, new Timeline(title, events.stream()
                .map(event -> slide(event, request, firstPictures.get(event.card().slug()))).toList(), "human"));
    }

    private Slide slide(EventExport event, FeedRequest request, @Nullable ShownPicture picture) {
        EventCard card = event.card();
        HonestDate date = card.date();
        SlideDate start = SlideDate.of(event.sortDate(), date.precision());
        SlideDate end = date.isRange() ? SlideDate.of(date.end(), date.precision()) : null;
        String displayDate = printedAsIs(date) ? null : escape(texts.date(date));
        StringBuilder text = new StringBuilder(paragraph(escape(card.summary())));
        if (event.location() != null) {
            text.append(paragraph(escape(texts.message("feeds.entry.location", event.location()))));
        }
        List<String> sources = event.sources().stream()
                .map(source -> escape(texts.message("source.kind." + source.kind().name())) + ": " + source(source))
                .toList();
        if (!sources.isEmpty()) {
            text.append(paragraph(escape(texts.message("feeds.entry.sources")) + " " + String.join(", ", sources)));
        }
        return new Slide(start, end, displayDate,
                new Text(link(request.event(card.slug()), escape(card.title())), text.toString()),
                card.development() == null ? null : escape(card.development().title()), card.slug(),
                picture == null ? null : Media.of(picture, request));
    }

    /** Whether TimelineJS prints the date as the timeline does: only a whole month or year, unqualified. */
    static boolean printedAsIs(HonestDate date) {
        return date.precision() != DatePrecision.DAY && date.qualifier() == DateQualifier.EXACT && !date.isRange();
    }

    private static String source(SourceCitation source) {
        String label = escape(source.publisher() == null ? source.title() : source.title() + ", " + source.publisher());
        String url = httpUrl(source.url());
        return url == null ? label : link(url, label);
    }

    /** An {@code <a>} to a URL already known to be http(s); the label must already be escaped. */
    private static String link(String url, String escapedLabel) {
        return "<a href=\"" + escape(url) + "\">" + escapedLabel + "</a>";
    }

    private static String paragraph(String html) {
        return "<p>" + html + "</p>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The URL when it is an absolute http or https address with a host, otherwise null. */
    static @Nullable String httpUrl(@Nullable String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? url : null;
        }
        catch (URISyntaxException ex) {
            return null;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Timeline(Slide title, List<Slide> events, String scale) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Slide(
            @JsonProperty("start_date") @Nullable SlideDate startDate,
            @JsonProperty("end_date") @Nullable SlideDate endDate,
            @JsonProperty("display_date") @Nullable String displayDate,
            Text text,
            @Nullable String group,
            @JsonProperty("unique_id") @Nullable String uniqueId,
            @Nullable Media media) {
    }

    /** The slide's picture: TimelineJS puts caption and credit into the page as HTML, so they are escaped too. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Media(String url, @Nullable String caption, String credit, String alt, String thumbnail) {

        static Media of(ShownPicture picture, FeedRequest request) {
            String credit = picture.licence() == null ? picture.credit() : picture.credit() + " · " + picture.licence();
            return new Media(request.page(picture.largePath()),
                    picture.caption() == null ? null : escape(picture.caption()), escape(credit), picture.alt(),
                    request.page(picture.path(picture.widths().get(0))));
        }
    }

    /** A TimelineJS date: the year always, month and day only when known. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SlideDate(String year, @Nullable String month, @Nullable String day) {

        static SlideDate of(LocalDate day, DatePrecision precision) {
            return switch (precision) {
                case YEAR -> new SlideDate(String.valueOf(day.getYear()), null, null);
                case MONTH -> new SlideDate(String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()), null);
                case DAY -> new SlideDate(String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()),
                        String.valueOf(day.getDayOfMonth()));
            };
        }
    }

    record Text(String headline, String text) {
    }
}
