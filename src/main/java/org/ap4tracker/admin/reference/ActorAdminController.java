package org.ap4tracker.admin.reference;

import jakarta.validation.Valid;
import org.ap4tracker.events.ActorInput;
import org.ap4tracker.events.ActorKind;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.OnCreate;
import org.ap4tracker.events.ReferenceDataEditor;
import org.ap4tracker.system.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Actors: list, create, and edit name, kind and partner flag; the code is fixed once created.
 * Deliberately the same shape as {@link TopicAdminController} and the storylines' screen: list, new, create, edit,
 * update, each post through {@link ReferenceForm}.
 */
@Controller
@RequestMapping("/admin/actors")
class ActorAdminController {

    private static final String FORM = "admin/reference/actor-form";

    private final EventCatalog catalog;
    private final ReferenceDataEditor editor;

    ActorAdminController(EventCatalog catalog, ReferenceDataEditor editor) {
        this.catalog = catalog;
        this.editor = editor;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("actors", catalog.actors());
        return "admin/reference/actors";
    }

    @GetMapping("/new")
    String newActor(Model model) {
        model.addAttribute("actorInput", ActorInput.blank());
        model.addAttribute("kinds", ActorKind.values());
        return FORM;
    }

    @PostMapping
    String create(@Validated(OnCreate.class) @ModelAttribute ActorInput actorInput, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return ReferenceForm.submit(binding, () -> {
            String code = editor.createActor(actorInput);
            Flash.show(redirect, "admin.actors.created", code);
            return "redirect:/admin/actors";
        }).orElseGet(() -> {
            model.addAttribute("kinds", ActorKind.values());
            return FORM;
        });
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        ActorInput actor = editor.openActor(code);
        model.addAttribute("actorInput", actor);
        return editing(actor, model);
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @Valid @ModelAttribute ActorInput actorInput, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return ReferenceForm.submit(binding, () -> {
            ReferenceForm.saved(redirect, editor.updateActor(code, actorInput), "admin.actors.saved", code);
            return "redirect:/admin/actors/{code}";
        }).orElseGet(() -> editing(editor.openActor(code), model));
    }

    /** The stored actor is shown beside the form, which may hold what the editor typed. */
    private String editing(ActorInput actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("kinds", ActorKind.values());
        return FORM;
    }
}
