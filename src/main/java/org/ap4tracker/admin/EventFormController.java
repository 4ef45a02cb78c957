package org.ap4tracker.admin;


import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.time.format.DateTimeParseException;

import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.EditConflictException;
import org.ap4tracker.events.EditableEvent;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.SourceDirectory;
import org.ap4tracker.events.EventEditor;
import org.ap4tracker.events.EventInput;
import org.ap4tracker.events.EventRuleException;
import org.ap4tracker.events.InvalidEventException;
import org.ap4tracker.markdown.MarkdownRenderer;
import org.ap4tracker.system.Flash;
import org.ap4tracker.timeline.EventPagePreview;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The event form, for new and existing events. One POST handles every button: saving (as draft or
 * published), previewing the Markdown or the whole public page, and adding, removing or moving source and
 * statement rows, so the form
 * works fully without JavaScript. Nothing is written unless the whole event is valid.
 */
@Controller
class EventFormController {

    static final String FORM = "form";

    private final EventEditor editor;
    private final EventCatalog catalog;
    private final SmartValidator validator;
    private final MarkdownRenderer markdown;
    private final SourceDirectory sourceDirectory;
    private final DatePreview datePreview;
    private final UnsavedEvent unsaved;
    private final EventPagePreview pagePreview;
    private final ReadableHistory readable;

    EventFormController(EventEditor editor, EventCatalog catalog, SmartValidator validator, MarkdownRenderer markdown,
            SourceDirectory sourceDirectory, DatePreview datePreview, UnsavedEvent unsaved, EventPagePreview pagePreview,
            ReadableHistory readable) {
        this.readable = readable;
        this.sourceDirectory = sourceDirectory;
        this.unsaved = unsaved;
        this.pagePreview = pagePreview;
        this.datePreview = datePreview;
        this.editor = editor;
        this.catalog = catalog;
        this.validator = validator;
        this.markdown = markdown;
    }

    @GetMapping("/admin/events/new")
    String newEvent(Model model) {
        model.addAttribute(FORM, EventInput.blank());
        return page(model, null);
    }

    @GetMapping("/admin/events/{slug}")
    String edit(@PathVariable String slug, Model model) {
        EditableEvent event = editor.open(slug);
        model.addAttribute(FORM, withRowsToFill(event.input()));
        model.addAttribute("version", event.version());
        return page(model, event);
    }

    /**
     * What readers will see for a date, for the form's script to show as the editor types; the same text
     * the form shows after a round trip without script. Anything unreadable is "not yet", never an error.
     */
    @GetMapping(path = "/admin/events/date-preview", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    DatePreview.Result previewDate(@RequestParam(required = false) @Nullable String startDate,
            @RequestParam(required = false) @Nullable String endDate,
            @RequestParam(required = false) @Nullable String precision,
            @RequestParam(required = false) @Nullable String qualifier, Locale locale) {
        return datePreview.of(day(startDate, true), day(endDate, false), choice(DatePrecision.class, precision),
                choice(DateQualifier.class, qualifier), locale);
    }

    private static @Nullable LocalDate day(@Nullable String typed, boolean start) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        }
        catch (DateTimeParseException coarseOrWrong) {
            return start ? CoarseDates.first(typed) : CoarseDates.last(typed);
        }
    }

    private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    @PostMapping("/admin/events")
    String create(@ModelAttribute(FORM) EventInput typed, BindingResult typedBinding,
            @RequestParam(required = false) @Nullable String startDate, @RequestParam(required = false) @Nullable String endDate,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CoarseDates.Accepted accepted = CoarseDates.accept(typed, typedBinding, startDate, endDate);
        EventInput form = accepted.form();
        BindingResult binding = accepted.binding();
        if (rearranging(action, form, model)) {
            return page(model, null);
        }
        BindingResult errors = validate(form, binding);
        if (errors.hasErrors()) {
            return redisplay(model, errors, null);
        }
        EventInput input = (EventInput) errors.getTarget();
        if (action.equals("previewPage")) {
            return pagePreview.render(unsaved.of(input, input.slug(), Instant.now()), model, Locale.ENGLISH);
        }
        boolean publish = "publish".equals(action);
        try {
            String slug = editor.create(input, publish);
            Flash.show(redirect, publish ? "admin.event.createdPublished" : "admin.event.created", input.title());
            return "redirect:/admin/events/" + slug;
        }
        catch (InvalidEventException invalid) {
            reject(errors, invalid);
        }
        catch (EventRuleException refused) {
            errors.reject(refused.messageCode());
        }
        return redisplay(model, errors, null);
    }

    @PostMapping("/admin/events/{slug}")
    String update(@PathVariable String slug, @ModelAttribute(FORM) EventInput typed, BindingResult typedBinding,
            @RequestParam(required = false) @Nullable String startDate, @RequestParam(required = false) @Nullable String endDate,
            @RequestParam long version, @RequestParam(defaultValue = "save") String action, Model model,
            RedirectAttributes redirect) {
        CoarseDates.Accepted accepted = CoarseDates.accept(typed, typedBinding, startDate, endDate);
        EventInput form = accepted.form();
        BindingResult binding = accepted.binding();
        EditableEvent current = editor.open(slug);
        model.addAttribute("version", version);
        if (rearranging(action, form, model)) {
            return page(model, current);
        }
        BindingResult errors = validate(form, binding);
        if (errors.hasErrors()) {
            return redisplay(model, errors, current);
        }
        EventInput input = (EventInput) errors.getTarget();
        if (action.equals("previewPage")) {
            return pagePreview.render(unsaved.of(input, slug, Instant.now()), model, Locale.ENGLISH);
        }
        boolean publish = "publish".equals(action);
        try {
            String newSlug = editor.update(slug, version, input, publish);
            Flash.show(redirect, publish ? "admin.event.savedPublished" : "admin.event.saved", input.title());
            return "redirect:/admin/events/" + newSlug;
        }
        catch (EditConflictException conflict) {
            showConflict(model, conflict);
        }
        catch (ObjectOptimisticLockingFailureException race) {
            showConflict(model, editor.conflictSince(slug, version));
        }
        catch (InvalidEventException invalid) {
            reject(errors, invalid);
        }
        catch (EventRuleException refused) {
            errors.reject(refused.messageCode());
        }
        return redisplay(model, errors, editor.open(slug));
    }

    /**
     * The editor's input stays on the page; the version moves on to the one they have now seen, so saving
     * again is a deliberate choice to replace the other change. Their changes are read as the history reads
     * them, with the words they changed marked, so a one-word fix in a long summary is seen at once.
     */
    private void showConflict(Model model, EditConflictException conflict) {
        model.addAttribute("conflict", conflict);
        model.addAttribute("conflictChanges", readable.changes(conflict.theirChanges()));
        model.addAttribute("version", conflict.currentVersion());
    }

    /**
     * Adds, removes or moves a row, or previews, without saving; true if that is what was asked. Each of
     * these buttons posts to the form's address plus a fragment naming the row or preview it changes, so
     * an editor without script comes back scrolled to it, and Tab continues from there.
     */
    private boolean rearranging(String action, EventInput form, Model model) {
        EventInput rearranged;
        if (action.equals("addSource")) {
            rearranged = form.withSourceAdded();
        }
        else if (action.equals("addStatement")) {
            rearranged = form.withStatementAdded();
        }
        else if (action.startsWith("removeSource:")) {
            rearranged = form.withSourceRemoved(index(action));
        }
        else if (action.startsWith("removeStatement:")) {
            rearranged = form.withStatementRemoved(index(action));
        }
        else if (action.startsWith("moveSource:")) {
            rearranged = form.withSourceMoved(index(action), direction(action));
        }
        else if (action.startsWith("moveStatement:")) {
            rearranged = form.withStatementMoved(index(action), direction(action));
        }
        else if (action.equals("previewDate")) {
            rearranged = form;
        }
        else if (action.equals("preview")) {
            model.addAttribute("preview", form.body() == null ? "" : markdown.toSafeHtml(form.body()));
            rearranged = form;
        }
        else {
            return false;
        }
        model.addAttribute(FORM, rearranged);
        return true;
    }

    /** "moveSource:2:up" moves the third source up, "…:down" down. */
    private static int direction(String action) {
        if (action.endsWith(":up")) {
            return -1;
        }
        if (action.endsWith(":down")) {
            return 1;
        }
        throw new BadAdminRequestException();
    }

    private static int index(String action) {
        try {
            String[] parts = action.split(":");
            return Integer.parseInt(parts[1]);
        }
        catch (NumberFormatException malformed) {
            throw new BadAdminRequestException();
        }
    }

    /**
     * Values that could not be converted (a date like 2023-13-45) are reported as they were typed;
     * otherwise rows left empty are dropped and the rest is validated. The result's target is what was
     * validated.
     */
    private BindingResult validate(EventInput form, BindingResult binding) {
        if (binding.hasErrors()) {
            // Constructor binding leaves the result without a target; attach the form so the page can show it.
            BindingResult errors = new BeanPropertyBindingResult(form, FORM);
            errors.addAllErrors(binding);
            return errors;
        }
        EventInput input = form.withoutBlankRows();
        BindingResult errors = new BeanPropertyBindingResult(input, FORM);
        validator.validate(input, errors);
        return errors;
    }

    /**
     * Shows the form again with the editor's input and every error, plus an empty row where none is left.
     * Errors are listed in the order of the fields on the page, so the summary reads top to bottom.
     */
    private String redisplay(Model model, BindingResult errors, @Nullable EditableEvent event) {
        EventInput shown = withRowsToFill((EventInput) errors.getTarget());
        BindingResult onShown = new BeanPropertyBindingResult(shown, FORM);
        errors.getAllErrors().stream()
                .sorted(Comparator.comparingInt(EventFormController::placeOnPage))
                .forEach(onShown::addError);
        model.addAttribute(FORM, shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, onShown);
        return page(model, event);
    }

    private static final List<String> FIELDS_IN_PAGE_ORDER = List.of("title", "summary", "startDate", "endDate",
            "precision", "qualifier", "type", "development", "location", "actors", "topics", "body", "sources",
            "statements", "related", "slug", "changeNote");

    /** Where an error's field is on the page; a rule about the whole event sits with the sources it concerns. */
    private static int placeOnPage(ObjectError error) {
        String field = error instanceof FieldError onField ? onField.getField() : "sources";
        String top = field.split("[.\\[]", 2)[0];
        int place = FIELDS_IN_PAGE_ORDER.indexOf(top);
        return place < 0 ? FIELDS_IN_PAGE_ORDER.size() : place;
    }

    private static void reject(BindingResult errors, InvalidEventException invalid) {
        invalid.problems().forEach(problem -> errors.addError(new FieldError(FORM, problem.field(), null, false,
                new String[] {problem.code()}, problem.args().toArray(), problem.code())));
    }

    /** Shows one empty row when there is none, so there is always somewhere to type a source or statement. */
    private static EventInput withRowsToFill(EventInput input) {
        EventInput filled = input;
        if (filled.sourceRows().isEmpty()) {
            filled = filled.withSourceAdded();
        }
        if (filled.statementRows().isEmpty()) {
            filled = filled.withStatementAdded();
        }
        return filled;
    }

    private String page(Model model, @Nullable EditableEvent event) {
        EventInput shown = (EventInput) model.getAttribute(FORM);
        if (shown != null) {
            model.addAttribute("datePreview", datePreview.of(shown.startDate(), shown.endDate(), shown.precision(),
                    shown.qualifier(), LocaleContextHolder.getLocale()));
        }
        model.addAttribute("event", event);
        model.addAttribute("choices", EventFormChoices.from(catalog, sourceDirectory));
        return "admin/events/form";
    }
}
