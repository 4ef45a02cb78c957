package org.ap4tracker.admin.reference;

import jakarta.validation.Valid;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.OnCreate;
import org.ap4tracker.events.ReferenceDataEditor;
import org.ap4tracker.events.TopicInput;
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
 * Topics: list, create and relabel; the slug is fixed once created.
 * Deliberately the same shape as {@link ActorAdminController} and the storylines' screen: list, new, create, edit,
 * update, each post through {@link ReferenceForm}.
 */
@Controller
@RequestMapping("/admin/topics")
class TopicAdminController {

    private static final String FORM = "admin/reference/topic-form";

    private final EventCatalog catalog;
    private final ReferenceDataEditor editor;

    TopicAdminController(EventCatalog catalog, ReferenceDataEditor editor) {
        this.catalog = catalog;
        this.editor = editor;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("topics", catalog.topics());
        return "admin/reference/topics";
    }

    @GetMapping("/new")
    String newTopic(Model model) {
        model.addAttribute("topicInput", TopicInput.blank());
        return FORM;
    }

    @PostMapping
    String create(@Validated(OnCreate.class) @ModelAttribute TopicInput topicInput, BindingResult binding,
            RedirectAttributes redirect) {
        return ReferenceForm.submit(binding, () -> {
            editor.createTopic(topicInput);
            Flash.show(redirect, "admin.topics.created", topicInput.label().strip());
            return "redirect:/admin/topics";
        }).orElse(FORM);
    }

    @GetMapping("/{slug}")
    String edit(@PathVariable String slug, Model model) {
        TopicInput topic = editor.openTopic(slug);
        model.addAttribute("topicInput", topic);
        model.addAttribute("topic", topic);
        return FORM;
    }

    @PostMapping("/{slug}")
    String update(@PathVariable String slug, @Valid @ModelAttribute TopicInput topicInput, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return ReferenceForm.submit(binding, () -> {
            ReferenceForm.saved(redirect, editor.updateTopic(slug, topicInput), "admin.topics.saved",
                    topicInput.label().strip());
            return "redirect:/admin/topics/{slug}";
        }).orElseGet(() -> {
            model.addAttribute("topic", editor.openTopic(slug));
            return FORM;
        });
    }
}
