package org.ap4tracker.admin.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import org.ap4tracker.admin.ReadableHistory;
import org.ap4tracker.events.DevelopmentHistory;
import org.ap4tracker.events.DevelopmentInput;
import org.ap4tracker.events.AssessmentInput;
import org.ap4tracker.events.DevelopmentStatus;
import org.ap4tracker.events.DevelopmentSummary;
import org.ap4tracker.events.EditConflictException;
import org.ap4tracker.events.EditableDevelopment;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.OnCreate;
import org.ap4tracker.events.ReferenceDataEditor;
import org.ap4tracker.events.StorylineAssessments;
import org.ap4tracker.system.DeskTimes;
import org.ap4tracker.system.Flash;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Storylines: list, create, edit (refused if someone else saved first) and history. Deliberately the same
 * shape as {@link ActorAdminController} and {@link TopicAdminController} for list, new, create and edit;
 * storylines add the history and the assessments.
 */
@Controller
@RequestMapping("/admin/developments")
class DevelopmentAdminController {

    private static final String FORM = "admin/reference/development-form";

    private final EventCatalog catalog;
    private final ReferenceDataEditor editor;
    private final DevelopmentHistory history;
    private final HonestDateFormat dates;
    private final StorylineAssessments assessments;
    private final ReadableHistory readable;
    private final DeskTimes times;

    DevelopmentAdminController(EventCatalog catalog, ReferenceDataEditor editor, DevelopmentHistory history,
            HonestDateFormat dates, StorylineAssessments assessments, ReadableHistory readable, DeskTimes times) {
        this.times = times;
        this.assessments = assessments;
        this.readable = readable;
        this.catalog = catalog;
        this.editor = editor;
        this.history = history;
        this.dates = dates;
    }

    /** A storyline in the list, with the honest date of its latest published milestone written out. */
    record Row(DevelopmentSummary development, @Nullable String lastMoved) {
    }

    @GetMapping
    String list(Model model, Locale locale) {
        List<Row> rows = catalog.developments().stream()
                .sorted(Comparator.comparing(DevelopmentSummary::title, String.CASE_INSENSITIVE_ORDER))
                .map(d -> new Row(d, d.lastMoved() == null ? null : dates.format(d.lastMoved(), locale)))
                .toList();
        model.addAttribute("rows", rows);
        return "admin/reference/developments";
    }

    @GetMapping("/new")
    String newDevelopment(Model model) {
        model.addAttribute("developmentInput", DevelopmentInput.blank());
        model.addAttribute("statuses", DevelopmentStatus.values());
        return FORM;
    }

    @PostMapping
    String create(@Validated(OnCreate.class) @ModelAttribute DevelopmentInput developmentInput, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return ReferenceForm.submit(binding, () -> {
            editor.createDevelopment(developmentInput);
            Flash.show(redirect, "admin.developments.created", developmentInput.title().strip());
            return "redirect:/admin/developments";
        }).orElseGet(() -> {
            model.addAttribute("statuses", DevelopmentStatus.values());
            return FORM;
        });
    }

    @GetMapping("/{slug}")
    String edit(@PathVariable String slug, Model model) {
        EditableDevelopment development = editor.openDevelopment(slug);
        model.addAttribute("developmentInput", development.input());
        return editing(development, development.version(), model);
    }

    /**
     * Saves the form, or shows it again with the editor's typed values: next to each field the rule it
     * breaks, or above them what someone else changed meanwhile. After a conflict the form carries the
     * current version, so saving again deliberately replaces the other editor's version.
     */
    @PostMapping("/{slug}")
    String update(@PathVariable String slug, @RequestParam long version,
            @Valid @ModelAttribute DevelopmentInput developmentInput, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        long formVersion = version;
        try {
            Optional<String> saved = ReferenceForm.submit(binding, () -> {
                ReferenceForm.saved(redirect, editor.updateDevelopment(slug, version, developmentInput),
                        "admin.developments.saved", developmentInput.title().strip());
                return "redirect:/admin/developments/{slug}";
            });
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        catch (EditConflictException conflict) {
            model.addAttribute("conflict", conflict);
            model.addAttribute("conflictChanges", readable.changes(conflict.theirChanges()));
            model.addAttribute("conflictAt", times.formatToTheSecond(conflict.changedAt(), LocaleContextHolder.getLocale()));
            formVersion = conflict.currentVersion();
        }
        return editing(editor.openDevelopment(slug), formVersion, model);
    }

    /** Records an editor's dated assessment of the storyline's status; the latest one sets the status. */
    @PostMapping("/{slug}/assessments")
    String assess(@PathVariable String slug, @Valid @ModelAttribute AssessmentInput assessmentInput,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        EditableDevelopment development = editor.openDevelopment(slug);
        return ReferenceForm.submit(binding, () -> {
            assessments.record(slug, assessmentInput);
            Flash.show(redirect, "admin.assessments.recorded", development.input().title());
            return "redirect:/admin/developments/{slug}";
        }).orElseGet(() -> {
            model.addAttribute("developmentInput", development.input());
            return editing(development, development.version(), model);
        });
    }

    @GetMapping("/{slug}/history")
    String history(@PathVariable String slug, Model model) {
        model.addAttribute("development", editor.openDevelopment(slug));
        model.addAttribute("revisions", readable.of(history.of(slug)));
        return "admin/reference/development-history";
    }

    private String editing(EditableDevelopment development, long version, Model model) {
        model.addAttribute("development", development);
        model.addAttribute("lastChanged", times.format(development.updatedAt(), LocaleContextHolder.getLocale()));
        model.addAttribute("version", version);
        model.addAttribute("statuses", DevelopmentStatus.values());
        model.addAttribute("assessments", assessments.of(development.slug()));
        if (!model.containsAttribute("assessmentInput")) {
            model.addAttribute("assessmentInput", AssessmentInput.blank());
        }
        return FORM;
    }
}
