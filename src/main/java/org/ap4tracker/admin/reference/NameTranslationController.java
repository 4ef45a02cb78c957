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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A storyline's, actor's or topic's translation into one language, as an event's is translated: the English
 * original beside the form, where the translation stands, and its history below. The three share one screen
 * under each one's own address ({@code /admin/topics/space/translations/ja}).
 */
@Controller
class NameTranslationController {

    private static final String FORM = "translation";

    private final NameTranslations translations;

    NameTranslationController(NameTranslations translations) {
        this.translations = translations;
    }

    @GetMapping("/admin/developments/{slug}/translations/{lang}")
    String showStoryline(@PathVariable String slug, @PathVariable String lang, Model model) {
        return show(TranslatedName.STORYLINE, slug, lang, model);
    }

    @PostMapping("/admin/developments/{slug}/translations/{lang}")
    String saveStoryline(@PathVariable String slug, @PathVariable String lang,
            @ModelAttribute(FORM) NameTranslationInput input, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(TranslatedName.STORYLINE, slug, lang, input, errors, model, redirect);
    }

    @GetMapping("/admin/actors/{code}/translations/{lang}")
    String showActor(@PathVariable String code, @PathVariable String lang, Model model) {
        return show(TranslatedName.ACTOR, code, lang, model);
    }

    @PostMapping("/admin/actors/{code}/translations/{lang}")
    String saveActor(@PathVariable String code, @PathVariable String lang,
            @ModelAttribute(FORM) NameTranslationInput input, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(TranslatedName.ACTOR, code, lang, input, errors, model, redirect);
    }

    @GetMapping("/admin/topics/{slug}/translations/{lang}")
    String showTopic(@PathVariable String slug, @PathVariable String lang, Model model) {
        return show(TranslatedName.TOPIC, slug, lang, model);
    }

    @PostMapping("/admin/topics/{slug}/translations/{lang}")
    String saveTopic(@PathVariable String slug, @PathVariable String lang,
            @ModelAttribute(FORM) NameTranslationInput input, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(TranslatedName.TOPIC, slug, lang, input, errors, model, redirect);
    }

    private String show(TranslatedName kind, String key, String lang, Model model) {
        NameTranslationDraft draft = translations.draft(kind, key, lang);
        model.addAttribute(FORM, new NameTranslationInput(draft.name(), draft.description(), draft.version(), null));
        return page(model, draft);
    }

    private String save(TranslatedName kind, String key, String lang, NameTranslationInput input,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        NameTranslationDraft draft = translations.draft(kind, key, lang);
        if (!errors.hasErrors()) {
            try {
                translations.save(kind, key, lang, input);
                Flash.show(redirect, "admin.translations.saved", draft.originalName());
                return "redirect:/admin/" + path(kind) + "/" + key + "/translations/" + lang;
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
        model.addAttribute("kindPath", path(draft.kind()));
        return "admin/reference/translation";
    }

    /** The desk's address segment of each kind. */
    private static String path(TranslatedName kind) {
        return switch (kind) {
            case STORYLINE -> "developments";
            case ACTOR -> "actors";
            case TOPIC -> "topics";
        };
    }
}
