package org.ap4tracker.timeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.ap4tracker.events.AttributedStatement;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.RelatedEvent;
import org.ap4tracker.events.SourceCitation;
import org.ap4tracker.events.Stance;
import org.jspecify.annotations.Nullable;

/** An event's page: the event, its dates written out, and its statements grouped by stance. */
record EventPage(
        EventDetail event,
        String date,
        @Nullable String bodyHtml,
        List<Source> sources,
        Map<Stance, List<Statement>> statementsByStance,
        List<Related> related) {

    record Source(SourceCitation source, @Nullable String publishedOn) {
    }

    record Statement(AttributedStatement statement, @Nullable String statedOn) {
    }

    record Related(RelatedEvent event, String date) {
    }

    static EventPage of(EventDetail event, @Nullable String bodyHtml, HonestDateFormat dates, Locale locale) {
        Map<Stance, List<Statement>> byStance = event.statements().stream()
                .map(statement -> new Statement(statement, day(statement.statedOn(), dates, locale)))
                .collect(Collectors.groupingBy(statement -> statement.statement().stance(),
                        () -> new EnumMap<>(Stance.class), Collectors.toList()));
        return new EventPage(event, dates.format(event.date(), locale), bodyHtml,
                event.sources().stream().map(source -> new Source(source, day(source.publishedOn(), dates, locale))).toList(),
                byStance,
                event.related().stream().map(related -> new Related(related, dates.format(related.date(), locale))).toList());
    }

    private static @Nullable String day(java.time.@Nullable LocalDate day, HonestDateFormat dates, Locale locale) {
        return day == null ? null : dates.format(HonestDate.day(day), locale);
    }
}
