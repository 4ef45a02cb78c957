package org.ap4tracker.admin;

import org.ap4tracker.events.ContentTranslations;
import org.ap4tracker.events.EventTranslationDraft;
import org.ap4tracker.events.InvalidEventException;
import org.ap4tracker.events.TranslationInput;
import org.ap4tracker.system.Flash;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An event's translation into one language, with the English original beside it and its history below: the
 * editor sees at once what changed since it was translated (the state says so) and writes the new text.
 */
// Deliberate parallel of admin.reference.NameTranslationController (names of storylines, actors, topics) and of
// EventTranslationRestoreController: each translates a different thing through its own service in events.
@Controller
class EventTranslationController {

    private static final String FORM = "translation";

    private final ContentTranslations translations;

    EventTranslationController(ContentTranslations translations) {
        this.translations = translations;
    }

    @GetMapping("/admin/events/{slug}/translations/{lang}")
    String show(@PathVariable String slug, @PathVariable String lang, Model model) {
        EventTranslationDraft draft = translations.draft(slug, lang);
        model.addAttribute(FORM, new TranslationInput(draft.title(), draft.summary(), draft.body(), draft.version(),
                null));
        return page(model, draft);
    }

    @PostMapping("/admin/events/{slug}/translations/{lang}")
    String save(@PathVariable String slug, @PathVariable String lang, @ModelAttribute(FORM) TranslationInput input,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        EventTranslationDraft draft = translations.draft(slug, lang);
        if (!errors.hasErrors()) {
            try {
                translations.save(slug, lang, input);
                Flash.show(redirect, "admin.translations.saved", draft.originalTitle());
                return "redirect:/admin/events/" + slug + "/translations/" + lang;
            }
            catch (InvalidEventException invalid) {
                invalid.problems().forEach(problem -> errors.addError(new FieldError(FORM, problem.field(),
                        fieldValue(input, problem.field()), false, new String[] {problem.code()},
                        problem.args().toArray(), problem.code())));
            }
            catch (ObjectOptimisticLockingFailureException race) {
                errors.reject("translation.stale");
            }
        }
        return page(model, translations.draft(slug, lang));
    }

    private static String page(Model model, EventTranslationDraft draft) {
        model.addAttribute("draft", draft);
        return "admin/events/translation";
    }

    private static Object fieldValue(TranslationInput input, String field) {
        String value = switch (field) {
            case "title" -> input.title();
            case "summary" -> input.summary();
            case "body" -> input.body();
            default -> null;
        };
        return value == null ? "" : value;
    }
}
