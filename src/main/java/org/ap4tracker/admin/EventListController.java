package org.ap4tracker.admin;

import java.util.List;

import org.ap4tracker.events.DeskFilter;
import org.ap4tracker.events.DeskPage;
import org.ap4tracker.events.EditorialDesk;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventStatus;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.InvalidCursorException;
import org.ap4tracker.events.TranslationState;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Every event in every state, most recently changed first, filtered by status, type or storyline. */
@Controller
class EventListController {

    static final int PAGE_SIZE = 50;

    private final EditorialDesk desk;
    private final EventCatalog catalog;

    EventListController(EditorialDesk desk, EventCatalog catalog) {
        this.desk = desk;
        this.catalog = catalog;
    }

    @GetMapping("/admin/events")
    String list(@RequestParam(required = false) @Nullable EventStatus status,
            @RequestParam(required = false) @Nullable EventType type,
            @RequestParam(required = false) @Nullable String development,
            @RequestParam(required = false) @Nullable TranslationState translation,
            @RequestParam(required = false) @Nullable String after, Model model) {
        DeskFilter filter = new DeskFilter(status, type, development == null || development.isBlank() ? null : development,
                translation == TranslationState.CURRENT ? null : translation);
        DeskPage page = desk.events(filter, after == null || after.isBlank() ? null : position(after), PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", EventStatus.values());
        model.addAttribute("types", EventType.values());
        model.addAttribute("translationNeeds", List.of(TranslationState.MISSING, TranslationState.OUTDATED));
        model.addAttribute("developments", catalog.developmentChoices());
        if (page.next() != null) {
            model.addAttribute("nextUrl", ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("after", page.next().token())
                    .build().toUriString());
        }
        return "admin/events/list";
    }

    /** A cursor altered by hand gets the 400 page rather than a server error. */
    private static DeskPage.Position position(String after) {
        try {
            return DeskPage.Position.parse(after);
        }
        catch (InvalidCursorException malformed) {
            throw new BadAdminRequestException();
        }
    }
}
