package org.ap4tracker.admin.reference;

import org.ap4tracker.events.InvalidEventException;
import org.ap4tracker.events.NameTranslations;
import org.ap4tracker.events.TranslatedName;
import org.ap4tracker.system.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Restoring an earlier state of a storyline's, actor's or topic's translation from its history, as an event's
 * translation is restored: a page first says what comes back and that readers of that language see it at once,
 * then asks; the restore is a new revision on top, refused if someone saved the translation since the page.
 */
@Controller
@RequestMapping(NamePaths.TRANSLATION + "/history/{revision}/restore")
class NameTranslationRestoreController {

    private static final String PAGE = "admin/reference/translation-restore";

    private final NameTranslations translations;

    NameTranslationRestoreController(NameTranslations translations) {
        this.translations = translations;
    }

    @GetMapping
    String confirm(@PathVariable("kind") String segment, @PathVariable String key, @PathVariable String lang,
            @PathVariable long revision, Model model) {
        return page(model, NamePaths.kind(segment), key, lang, revision);
    }

    @PostMapping
    String restore(@PathVariable("kind") String segment, @PathVariable String key, @PathVariable String lang,
            @PathVariable long revision, @RequestParam long version, Model model, RedirectAttributes redirect) {
        TranslatedName kind = NamePaths.kind(segment);
        try {
            translations.restore(kind, key, lang, revision, version);
        }
        catch (InvalidEventException stale) {
            // The only problem a restore of a saved text can meet: someone saved the translation since.
            model.addAttribute("stale", true);
            return page(model, kind, key, lang, revision);
        }
        Flash.show(redirect, "admin.translations.restored", revision);
        return NamePaths.BACK_TO_TRANSLATION;
    }

    private String page(Model model, TranslatedName kind, String key, String lang, long revision) {
        model.addAttribute("earlier", translations.revision(kind, key, lang, revision));
        model.addAttribute("kindPath", NamePaths.segment(kind));
        return PAGE;
    }
}
