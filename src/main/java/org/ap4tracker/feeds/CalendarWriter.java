package org.ap4tracker.feeds;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventExport;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.system.PlainText;

import org.springframework.stereotype.Component;

/**
 * An iCalendar (RFC 5545) of the newest events a filter shows, at most {@link FeedLimits#CALENDAR_EVENTS},
 * one all-day VEVENT each.
 * <p>
 * A calendar only knows days, and most events here are known to the day: those become all-day events on
 * their days (DTSTART the first, DTEND the day after the last, as RFC 5545 makes DTEND exclusive). An event
 * known only to the month or the year, or qualified ("mid-April 2023", "c. 2009", "after 2017"), is not
 * given a day it did not have, nor spread over a month or a year it did not fill, which would cover every day
 * of a subscriber's calendar with it. It is placed on one day, the first its date can mean, the day the
 * timeline sorts it at (mid-April at the 11th, "after 2017" at 1 January 2018), and its SUMMARY starts with
 * the honest date in brackets, "[mid-April 2023] …", so nobody takes that day for the date. Day-precision
 * events qualified "c." keep their days and get the same bracketed wording.
 * <p>
 * Every event is TRANSPARENT: it is news to know about, not time the subscriber is busy. UIDs are the slug
 * and the host, and slugs never change once an event is published, so a calendar updates its copy of an
 * event instead of adding another.
 */
@Component
class CalendarWriter {

    static final String FILE_NAME = "ap4-tracker.ics";

    static final String PRODUCT_ID = "-//AP4 Tracker//Timeline//EN";

    private static final String ORIGINAL_LANGUAGE = "en";

    private final EventCatalog catalog;
    private final FeedTexts texts;

    CalendarWriter(EventCatalog catalog, FeedTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    void write(FeedRequest request, Writer out) throws IOException {
        List<EventExport> events = ExportPages.first(catalog, request.newestFirst(), FeedLimits.CALENDAR_EVENTS);
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT_ID))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        // The name calendar applications show for a subscription (a de facto extension).
        calendar.add(new XProperty("X-WR-CALNAME", texts.title(request.newestFirst())));
        for (EventExport event : events) {
            calendar.add(event(event, request));
        }
        try {
            // RFC 5545 text may hold no control character but tab; ical4j would write one as it is.
            StringWriter written = new StringWriter();
            new CalendarOutputter(false).output(calendar, written);
            out.write(PlainText.visible(written.toString()));
        }
        catch (ValidationException ex) {
            throw new IllegalStateException("Could not write the calendar " + request.self(), ex);
        }
    }

    private VEvent event(EventExport event, FeedRequest request) {
        EventCard card = event.card();
        HonestDate date = card.date();
        Days days = days(event);
        // The title and summary are in one language, the reader's where translated, else English; the words the
        // calendar adds (the date, the labels) follow them, so LANGUAGE names all the text of each property.
        String language = card.language();
        Locale locale = Locale.forLanguageTag(language);
        String url = request.event(card.slug(), language);
        String summary = days.worded() ? "[" + texts.date(date, locale) + "] " + card.title() : card.title();
        VEvent vevent = new VEvent(days.first(), days.endExclusive(), summary);
        vevent.replace(new Summary(inLanguage(language), summary));
        vevent.replace(new DtStamp(card.updatedAt()));
        vevent.add(new Uid(card.slug() + "@" + request.host()));
        vevent.add(new Created(event.publishedAt()));
        vevent.add(new LastModified(card.updatedAt()));
        vevent.add(new Description(inLanguage(language), texts.plainText(event, locale) + "\n\n" + url));
        vevent.add(new Url(URI.create(url)));
        if (event.location() != null) {
            // Places are written in English only.
            vevent.add(new Location(inLanguage(ORIGINAL_LANGUAGE), event.location()));
        }
        vevent.add(new Categories(new TextList(texts.tags(event))));
        vevent.add(new Transp(Transp.VALUE_TRANSPARENT));
        return vevent;
    }

    /** RFC 5545's LANGUAGE parameter (3.2.10): the language of a text property's value, as a BCP 47 tag. */
    private static ParameterList inLanguage(String language) {
        return new ParameterList(List.of(new Language(language)));
    }

    /** The days an event is shown on, and whether its summary must say its date in words. */
    static Days days(EventExport event) {
        HonestDate date = event.card().date();
        boolean knownDays = date.precision() == DatePrecision.DAY
                && date.qualifier().allowsRange();
        if (knownDays) {
            LocalDate last = date.end() == null ? date.start() : date.end();
            return new Days(date.start(), last.plusDays(1), !FeedTexts.exactDays(date));
        }
        return new Days(event.sortDate(), event.sortDate().plusDays(1), true);
    }

    record Days(LocalDate first, LocalDate endExclusive, boolean worded) {
    }
}
