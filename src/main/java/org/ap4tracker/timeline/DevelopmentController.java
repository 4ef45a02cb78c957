package org.ap4tracker.timeline;

import java.util.List;
import java.util.Locale;

import org.ap4tracker.events.DevelopmentDetail;
import org.ap4tracker.events.DevelopmentSummary;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.HonestDateFormat;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Storylines: where each stands, when it last moved, and its milestones. */
@Controller
class DevelopmentController {

    private final EventCatalog catalog;
    private final HonestDateFormat dates;

    DevelopmentController(EventCatalog catalog, HonestDateFormat dates) {
        this.catalog = catalog;
        this.dates = dates;
    }

    record Storyline(DevelopmentSummary development, @Nullable String lastMoved) {
    }

    @GetMapping("/developments")
    String developments(Model model, Locale locale) {
        model.addAttribute("storylines", catalog.developments().stream().map(d -> storyline(d, locale)).toList());
        return "developments/index";
    }

    @GetMapping("/developments/{slug}")
    String development(@PathVariable String slug, Model model, Locale locale) {
        DevelopmentDetail detail = catalog.development(slug)
                .orElseThrow(() -> new PageNotFoundException("development " + slug));
        List<EventEntry> milestones = detail.milestones().stream()
                .map(event -> new EventEntry(event, dates.format(event.date(), locale)))
                .toList();
        model.addAttribute("storyline", storyline(detail.development(), locale));
        model.addAttribute("milestones", milestones);
        return "developments/show";
    }

    private Storyline storyline(DevelopmentSummary development, Locale locale) {
        return new Storyline(development,
                development.lastMoved() == null ? null : dates.format(development.lastMoved(), locale));
    }
}
