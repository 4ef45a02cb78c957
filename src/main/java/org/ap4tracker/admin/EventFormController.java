package org.ap4tracker.admin;


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
import org.jspecify.annotations.Nullable;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The event form, for new and existing events. One POST handles every button: saving (as draft or
 * published), previewing the Markdown, and adding or removing source and statement rows, so the form
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

    EventFormController(EventEditor editor, EventCatalog catalog, SmartValidator validator, MarkdownRenderer markdown,
            SourceDirectory sourceDirectory) {
        this.sourceDirectory = sourceDirectory;
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

    @PostMapping("/admin/events")
    String create(@ModelAttribute(FORM) EventInput form, BindingResult binding,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        if (rearranging(action, form, model)) {
            return page(model, null);
        }
        BindingResult errors = validate(form, binding);
        if (errors.hasErrors()) {
            return redisplay(model, errors, null);
        }
        EventInput input = (EventInput) errors.getTarget();
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
    String update(@PathVariable String slug, @ModelAttribute(FORM) EventInput form, BindingResult binding,
            @RequestParam long version, @RequestParam(defaultValue = "save") String action, Model model,
            RedirectAttributes redirect) {
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
     * again is a deliberate choice to replace the other change.
     */
    private static void showConflict(Model model, EditConflictException conflict) {
        model.addAttribute("conflict", conflict);
        model.addAttribute("version", conflict.currentVersion());
    }

    /** Adds or removes a row, or previews the body, without saving; true if that is what was asked. */
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

    private static int index(String action) {
        try {
            return Integer.parseInt(action.substring(action.indexOf(':') + 1));
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

    /** Shows the form again with the editor's input and every error, plus an empty row where none is left. */
    private String redisplay(Model model, BindingResult errors, @Nullable EditableEvent event) {
        EventInput shown = withRowsToFill((EventInput) errors.getTarget());
        BindingResult onShown = new BeanPropertyBindingResult(shown, FORM);
        onShown.addAllErrors(errors);
        model.addAttribute(FORM, shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, onShown);
        return page(model, event);
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
        model.addAttribute("event", event);
        model.addAttribute("choices", EventFormChoices.from(catalog, sourceDirectory));
        return "admin/events/form";
    }
}
