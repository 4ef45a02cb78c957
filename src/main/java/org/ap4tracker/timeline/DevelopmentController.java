package org.ap4tracker.timeline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.ap4tracker.events.DevelopmentSummary;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.StatusAssessment;
import org.ap4tracker.events.StorylineAssessments;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.system.ReadsOnOneConnection;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Storylines: where each stands, when it last moved, and its milestones. */
@Controller
class DevelopmentController {

    private final EventCatalog catalog;
    private final HonestDateFormat dates;
    private final TimelinePageModel pages;
    private final StorylineLifecycle lifecycle;
    private final MessageSource messages;
    private final ShareCards shareCards;
    private final StorylineAssessments assessments;

    DevelopmentController(EventCatalog catalog, HonestDateFormat dates, TimelinePageModel pages,
            StorylineLifecycle lifecycle, MessageSource messages, ShareCards shareCards,
            StorylineAssessments assessments) {
        this.catalog = catalog;
        this.assessments = assessments;
        this.dates = dates;
        this.pages = pages;
        this.lifecycle = lifecycle;
        this.messages = messages;
        this.shareCards = shareCards;
    }

    /** A lifecycle step with its day written out for the reader. */
    record Step(LifecycleStep step, @Nullable String reachedOn) {
    }

    record Storyline(DevelopmentSummary development, @Nullable String lastMoved) {
    }

    /** One assessment as the storyline page shows it: its day written out, and whether it is the current one. */
    record Assessment(StatusAssessment assessment, String date, boolean latest) {
    }

    @GetMapping("/developments")
    @ReadsOnOneConnection
    String developments(Model model, Locale locale) {
        model.addAttribute("storylines", catalog.developments().stream().map(d -> storyline(d, locale)).toList());
        return "developments/index";
    }

    @GetMapping("/developments/{slug}")
    @ReadsOnOneConnection
    String development(@PathVariable String slug, @RequestParam(required = false) @Nullable String cursor,
            Model model, Locale locale, HttpServletRequest request) {
        DevelopmentSummary development = catalog.development(slug)
                .orElseThrow(() -> new PageNotFoundException("development " + slug));
        model.addAttribute("storyline", storyline(development, locale));
        model.addAttribute("description", development.description());
        model.addAttribute("share", shareCards.storyline(development, locale));
        List<StatusAssessment> made = assessments.of(slug);
        model.addAttribute("assessments", made.stream()
                .map(a -> new Assessment(a, dates.format(HonestDate.day(a.assessedOn()), locale),
                        a == made.get(made.size() - 1)))
                .toList());
        pages.addPage(model, TimelineFilter.milestonesOf(slug), cursor, locale, request);
        List<LifecycleStep> steps = lifecycle.steps(development, made);
        model.addAttribute("steps", steps.stream().map(step -> new Step(step, step.reachedOn() == null ? null
                : dates.format(HonestDate.day(step.reachedOn()), locale))).toList());
        Map<LocalDate, String> stepLabels = new LinkedHashMap<>();
        steps.stream().filter(step -> step.reachedOn() != null).forEach(step -> stepLabels.merge(step.reachedOn(),
                messages.getMessage("development.status." + step.status().name(), null, locale),
                (earlier, later) -> later));
        model.addAttribute("lifecycleChart", pages.overview(TimelineFilter.milestonesOf(slug),
                List.copyOf(stepLabels.keySet()), "/", "development=" + slug, locale).withSteps(stepLabels));
        pages.addFormats(model, "development=" + development.slug(), development.title(), locale);
        return "developments/show";
    }

    private Storyline storyline(DevelopmentSummary development, Locale locale) {
        return new Storyline(development,
                development.lastMoved() == null ? null : dates.format(development.lastMoved(), locale));
    }
}
