package org.ap4tracker.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.ap4tracker.events.EditorialDesk;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.HonestDateFormat;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finds events by part of their title or address, for the related-events picker on the event form, and
 * storylines, actors and topics by part of their name, for the pickers above the storyline list and the
 * actor and topic boxes. The form's own fields keep working without script; this only saves scrolling
 * through long lists and remembering slugs. Every picker answers the same shape, so one script serves all.
 */
@RestController
class EventPickerController {

    static final int SHOWN = 10;
    static final int LONGEST_QUERY = 200;

    private final EditorialDesk desk;
    private final EventCatalog catalog;
    private final HonestDateFormat dates;

    EventPickerController(EditorialDesk desk, EventCatalog catalog, HonestDateFormat dates) {
        this.desk = desk;
        this.catalog = catalog;
        this.dates = dates;
    }

    /**
     * One choice: what the editor reads (a title or name, and for events the date in words, otherwise
     * empty) and the key the form keeps (an event's or storyline's slug, an actor's code, a topic's slug).
     */
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

    /*
     * Storylines, actors and topics are reference data, tens of rows that the form already lists in full, so
     * they are matched here in memory rather than by another query.
     */

    @GetMapping(path = "/admin/developments/picker", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Choice> storylines(@RequestParam(required = false) @Nullable String q) {
        return matching(q, catalog.developmentChoices().stream()
                .map(development -> new Choice(development.slug(), development.title(), "")).toList());
    }

    @GetMapping(path = "/admin/actors/picker", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Choice> actors(@RequestParam(required = false) @Nullable String q) {
        return matching(q, catalog.actors().stream().map(actor -> new Choice(actor.code(), actor.name(), "")).toList());
    }

    @GetMapping(path = "/admin/topics/picker", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Choice> topics(@RequestParam(required = false) @Nullable String q) {
        return matching(q, catalog.topics().stream().map(topic -> new Choice(topic.slug(), topic.label(), "")).toList());
    }

    /** The choices whose name or key holds what was typed, ignoring case; names that start with it first. */
    private static List<Choice> matching(@Nullable String q, List<Choice> all) {
        String typed = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty() || typed.length() > LONGEST_QUERY) {
            return List.of();
        }
        return all.stream()
                .filter(choice -> choice.title().toLowerCase(Locale.ROOT).contains(typed)
                        || choice.slug().toLowerCase(Locale.ROOT).contains(typed))
                .sorted(Comparator.comparing(choice -> !choice.title().toLowerCase(Locale.ROOT).startsWith(typed)))
                .limit(SHOWN)
                .toList();
    }
}
