package org.ap4tracker.admin.reference;

import org.ap4tracker.events.InvalidEventException;
import org.ap4tracker.events.NameTranslationDraft;
import org.ap4tracker.events.NameTranslationInput;
import org.ap4tracker.events.NameTranslations;
import org.ap4tracker.events.TranslatedName;
import org.ap4tracker.system.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A storyline's, actor's or topic's translation into one language, as an event's is translated: the English
 * original beside the form, where the translation stands, and its history below. The three share one screen
 * and one address shape ({@link NamePaths#TRANSLATION}).
 */
@Controller
@RequestMapping(NamePaths.TRANSLATION)
class NameTranslationController {

    private static final String FORM = "translation";

    private final NameTranslations translations;

    NameTranslationController(NameTranslations translations) {
        this.translations = translations;
    }

    @GetMapping
    String show(@PathVariable("kind") String segment, @PathVariable String key, @PathVariable String lang,
            Model model) {
        NameTranslationDraft draft = translations.draft(NamePaths.kind(segment), key, lang);
        model.addAttribute(FORM, new NameTranslationInput(draft.name(), draft.description(), draft.version(), null));
        return page(model, draft);
    }

    @PostMapping
    String save(@PathVariable("kind") String segment, @PathVariable String key, @PathVariable String lang,
            @ModelAttribute(FORM) NameTranslationInput input, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        TranslatedName kind = NamePaths.kind(segment);
        NameTranslationDraft draft = translations.draft(kind, key, lang);
        if (!errors.hasErrors()) {
            try {
                translations.save(kind, key, lang, input);
                Flash.show(redirect, "admin.translations.saved", draft.originalName());
                return NamePaths.BACK_TO_TRANSLATION;
            }
            catch (InvalidEventException invalid) {
                invalid.problems().forEach(problem -> errors.addError(new FieldError(FORM, problem.field(),
                        problem.field().equals("description") ? input.description() : input.name(), false,
                        new String[] {problem.code()}, problem.args().toArray(), problem.code())));
            }
        }
        return page(model, translations.draft(kind, key, lang));
    }

    private static String page(Model model, NameTranslationDraft draft) {
        model.addAttribute("draft", draft);
        model.addAttribute("kindPath", NamePaths.segment(draft.kind()));
        return "admin/reference/translation";
    }
}
