package org.ap4tracker.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.DevelopmentRef;
import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventExport;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.SourceCitation;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.TopicRef;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words the formats share, in English (feeds have no reader's locale to follow): titles that say which
 * filter a feed follows ("AP4 Tracker: Japan, summits"), honest dates ("mid-April 2023"), and an event
 * written out as plain text.
 */
@Component
class FeedTexts {

    static final Locale LOCALE = Locale.ENGLISH;

    /** Longer titles are cut off by feed readers; past this a feed is only called "filtered". */
    static final int MAX_TITLE_LENGTH = 100;

    private final EventCatalog catalog;
    private final HonestDateFormat dates;
    private final MessageSource messages;

    FeedTexts(EventCatalog catalog, HonestDateFormat dates, MessageSource messages) {
        this.catalog = catalog;
        this.dates = dates;
        this.messages = messages;
    }

    /**
     * What the filter shows, for a feed's title. Names of actors, topics and storylines are read only when the
     * filter names some, so an unfiltered feed costs no statement for its title.
     */
    String title(TimelineFilter filter) {
        if (!filter.restricts()) {
            return message("feeds.title");
        }
        List<String> parts = new ArrayList<>();
        if (filter.text() != null) {
            parts.add(message("feeds.title.text", filter.text()));
        }
        if (!filter.actors().isEmpty()) {
            Map<String, String> names = catalog.actors().stream()
                    .collect(Collectors.toMap(ActorRef::code, ActorRef::name));
            parts.addAll(sortedLabels(filter.actors(), code -> names.getOrDefault(code, code)));
        }
        filter.types().stream().sorted().forEach(type -> parts.add(message("feeds.type." + type.name())));
        if (!filter.topics().isEmpty()) {
            Map<String, String> labels = catalog.topics().stream()
                    .collect(Collectors.toMap(TopicRef::slug, TopicRef::label));
            parts.addAll(sortedLabels(filter.topics(), slug -> labels.getOrDefault(slug, slug)));
        }
        String development = filter.development();
        if (development != null) {
            parts.add(catalog.developmentChoices().stream().filter(choice -> choice.slug().equals(development))
                    .map(DevelopmentRef::title).findFirst().orElse(development));
        }
        if (filter.from() != null && filter.to() != null) {
            int first = filter.from().getYear();
            int last = filter.to().getYear();
            parts.add(first == last ? message("feeds.title.year", first) : message("feeds.title.years", first, last));
        }
        else if (filter.from() != null) {
            parts.add(message("feeds.title.fromYear", filter.from().getYear()));
        }
        else if (filter.to() != null) {
            parts.add(message("feeds.title.toYear", filter.to().getYear()));
        }
        String title = message("feeds.title.filtered", String.join(", ", parts));
        return title.length() <= MAX_TITLE_LENGTH ? title : message("feeds.title.generic");
    }

    String subtitle() {
        return message("feeds.subtitle");
    }

    String author() {
        return message("feeds.author");
    }

    String date(HonestDate date) {
        return date(date, LOCALE);
    }

    String date(HonestDate date, Locale locale) {
        return dates.format(date, locale);
    }

    /** Whether the date names whole days as they are: anything else is worded, not placed on a day as if exact. */
    static boolean exactDays(HonestDate date) {
        return date.precision() == DatePrecision.DAY && date.qualifier() == DateQualifier.EXACT;
    }

    String type(EventType type) {
        return message("event.type." + type.name());
    }

    /** The tags an event carries in every format: its type, topics and actors, by name. */
    List<String> tags(EventExport event) {
        List<String> tags = new ArrayList<>();
        tags.add(type(event.card().type()));
        event.topics().forEach(topic -> tags.add(topic.label()));
        event.card().actors().forEach(actor -> tags.add(actor.name()));
        return tags;
    }

    /** The event as plain text: date, place and storyline, the summary, then the sources. */
    String plainText(EventExport event) {
        return plainText(event, LOCALE);
    }

    /**
     * The event as plain text with its labels and date in {@code locale}: the calendar writes each event in the
     * language of its summary, so that the text is in the one language its LANGUAGE parameter names.
     */
    String plainText(EventExport event, Locale locale) {
        EventCard card = event.card();
        StringBuilder text = new StringBuilder();
        text.append(message(locale, "feeds.entry.date", date(card.date(), locale))).append('\n');
        if (event.location() != null) {
            text.append(message(locale, "feeds.entry.location", event.location())).append('\n');
        }
        if (card.development() != null) {
            text.append(message(locale, "feeds.entry.storyline", card.development().title())).append('\n');
        }
        text.append('\n').append(card.summary()).append('\n');
        if (!event.sources().isEmpty()) {
            text.append('\n').append(message(locale, "feeds.entry.sources")).append('\n');
            for (SourceCitation source : event.sources()) {
                text.append("- ").append(message(locale, "source.kind." + source.kind().name())).append(": ")
                        .append(source.title());
                if (source.publisher() != null) {
                    text.append(", ").append(source.publisher());
                }
                if (source.url() != null) {
                    text.append(": ").append(source.url());
                }
                text.append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    String message(String code, @Nullable Object... args) {
        return message(LOCALE, code, args);
    }

    private String message(Locale locale, String code, @Nullable Object... args) {
        return messages.getMessage(code, args, locale);
    }

    private static List<String> sortedLabels(Iterable<String> keys, Function<String, String> label) {
        List<String> labels = new ArrayList<>();
        keys.forEach(key -> labels.add(label.apply(key)));
        labels.sort(String.CASE_INSENSITIVE_ORDER);
        return labels;
    }
}
