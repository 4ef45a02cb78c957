package org.ap4tracker.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.ap4tracker.events.DatePrecision;

import org.springframework.context.MessageSource;

/**
 * Groups a page of entries under year and month headings, in the order given. An event sits under the year
 * and month of its sort date, the first day its date can mean, which is also the year the facets count it
 * under and the year filter finds it by: "after 2017" is listed, counted and found in 2018, "before 2017" in
 * 2016. Events known only to the year gather under their own heading at the point of the year where the
 * timeline sorts them.
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
            LocalDate sortDate = entry.event().sortDate();
            String heading = entry.event().date().precision() == DatePrecision.YEAR ? yearOnly
                    : monthFormat.format(sortDate);
            Year year = years.isEmpty() ? null : years.get(years.size() - 1);
            if (year == null || year.year() != sortDate.getYear()) {
                year = new Year(sortDate.getYear(), new ArrayList<>());
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
