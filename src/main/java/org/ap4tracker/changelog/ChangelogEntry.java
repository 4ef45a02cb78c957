package org.ap4tracker.changelog;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ap4tracker.events.PublicChange;

import org.springframework.context.MessageSource;

/** One changelog entry as the page shows it: the change, its label, and its time written out and as ISO. */
record ChangelogEntry(PublicChange change, ChangeLabel label, String style, String time, String isoTime) {

    static ChangelogEntry of(PublicChange change, MessageSource messages, Locale locale) {
        ChangeLabel label = ChangeLabel.of(change);
        DateTimeFormatter written = DateTimeFormatter.ofPattern(
                messages.getMessage("date.pattern.changedAt", null, locale), locale).withZone(ZoneOffset.UTC);
        return new ChangelogEntry(change, label, label.style(), written.format(change.at()),
                DateTimeFormatter.ISO_INSTANT.format(change.at()));
    }
}
