package org.ap4tracker.admin.reference;

import java.util.Optional;
import java.util.function.Supplier;

import org.ap4tracker.events.FieldProblem;
import org.ap4tracker.events.InvalidReferenceDataException;
import org.ap4tracker.system.Flash;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one shape of every reference-data form post (actors, topics, storylines and their assessments): when
 * the form binds cleanly, the write runs and the editor is sent on; when the form or the service refuses, the
 * controller shows the form again, with what the service refused beside its field like any validation message.
 *
 * <pre>{@code
 * return ReferenceForm.submit(binding, () -> {
 *     editor.createTopic(input);
 *     Flash.show(redirect, "admin.topics.created", input.label().strip());
 *     return "redirect:/admin/topics";
 * }).orElseGet(() -> form(model));
 * }</pre>
 */
final class ReferenceForm {

    private ReferenceForm() {
    }

    /** Where to send the editor after the write, or empty when the form must be shown again. */
    static Optional<String> submit(BindingResult binding, Supplier<String> write) {
        if (binding.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(write.get());
        }
        catch (InvalidReferenceDataException refused) {
            for (FieldProblem problem : refused.problems()) {
                binding.rejectValue(problem.field(), problem.code(), problem.args().toArray(), problem.code());
            }
            return Optional.empty();
        }
    }

    /** The message after an edit: the page's own when something changed, "nothing changed" otherwise. */
    static void saved(RedirectAttributes redirect, boolean changed, String messageCode, Object name) {
        if (changed) {
            Flash.show(redirect, messageCode, name);
        }
        else {
            Flash.show(redirect, "admin.reference.unchanged");
        }
    }
}
