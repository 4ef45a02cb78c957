package org.ap4tracker.admin;

import java.util.List;
import java.util.Locale;

import org.ap4tracker.events.EditorialDesk;
import org.ap4tracker.events.HonestDateFormat;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finds events by part of their title or address, for the related-events picker on the event form. The
 * form's slug field keeps working without script; this only saves typing and remembering slugs.
 */
@RestController
class EventPickerController {

    static final int SHOWN = 10;
    static final int LONGEST_QUERY = 200;

    private final EditorialDesk desk;
    private final HonestDateFormat dates;

    EventPickerController(EditorialDesk desk, HonestDateFormat dates) {
        this.desk = desk;
        this.dates = dates;
    }

    /** One choice: what the editor reads (title, date in words) and the slug the form keeps. */
    record Choice(String slug, String title, String date) {
    }

    @GetMapping(path = "/admin/events/picker", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Choice> find(@RequestParam(required = false) @Nullable String q) {
        String typed = q == null ? "" : q.strip();
        if (typed.length() < 2) {
            return List.of();
        }
        String part = typed.length() > LONGEST_QUERY ? typed.substring(0, LONGEST_QUERY) : typed;
        return desk.titled(part, SHOWN).stream()
                .map(event -> new Choice(event.slug(), event.title(), dates.format(event.date(), Locale.ENGLISH)))
                .toList();
    }
}
