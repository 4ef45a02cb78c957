package org.ap4tracker.timeline;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.HonestDate;

import org.springframework.context.MessageSource;

/**
 * Groups a page of entries under year and month headings, in the order given. Events known only to the
 * year gather under their own heading at the point of the year where the timeline sorts them.
 */
final class TimelineGroups {

    record Year(int year, List<Month> months) {
    }

    record Month(String heading, List<EventEntry> entries) {
    }

    private TimelineGroups() {
    }

    static List<Year> of(List<EventEntry> entries, MessageSource messages, Locale locale) {
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern(
                messages.getMessage("date.pattern.month", null, locale), locale);
        String yearOnly = messages.getMessage("timeline.group.yearOnly", null, locale);
        List<Year> years = new ArrayList<>();
        for (EventEntry entry : entries) {
            HonestDate date = entry.event().date();
            String heading = date.precision() == DatePrecision.YEAR ? yearOnly : monthFormat.format(date.start());
            Year year = years.isEmpty() ? null : years.get(years.size() - 1);
            if (year == null || year.year() != date.start().getYear()) {
                year = new Year(date.start().getYear(), new ArrayList<>());
                years.add(year);
            }
            Month month = year.months().isEmpty() ? null : year.months().get(year.months().size() - 1);
            if (month == null || !Objects.equals(month.heading(), heading)) {
                month = new Month(heading, new ArrayList<>());
                year.months().add(month);
            }
            month.entries().add(entry);
        }
        return years;
    }
}
