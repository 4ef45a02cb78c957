package org.ap4tracker.admin;

import org.ap4tracker.events.ContentTranslations;
import org.ap4tracker.events.InvalidEventException;
import org.ap4tracker.system.Flash;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Restoring an earlier state of an event's translation from its history, as an event is restored: a page first
 * says what readers will see (the text that comes back, and whether they see it at once), then asks.
 */
@Controller
class EventTranslationRestoreController {

    private static final String PATH = "/admin/events/{slug}/translations/{lang}/history/{revision}/restore";

    private final ContentTranslations translations;

    EventTranslationRestoreController(ContentTranslations translations) {
        this.translations = translations;
    }

    @GetMapping(PATH)
    String confirm(@PathVariable String slug, @PathVariable String lang, @PathVariable long revision, Model model) {
        model.addAttribute("earlier", translations.revision(slug, lang, revision));
        return "admin/events/translation-restore";
    }

    @PostMapping(PATH)
    String restore(@PathVariable String slug, @PathVariable String lang, @PathVariable long revision,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        try {
            translations.restore(slug, lang, revision, version);
        }
        catch (InvalidEventException | ObjectOptimisticLockingFailureException stale) {
            // The only problem a restore of a saved text can meet: someone saved the translation since.
            model.addAttribute("earlier", translations.revision(slug, lang, revision));
            model.addAttribute("stale", true);
            return "admin/events/translation-restore";
        }
        Flash.show(redirect, "admin.translations.restored", revision);
        return "redirect:/admin/events/" + slug + "/translations/" + lang;
    }
}
