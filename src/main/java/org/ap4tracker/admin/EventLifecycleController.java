package org.ap4tracker.admin;

import org.ap4tracker.events.EditConflictException;
import org.ap4tracker.events.EventEditor;
import org.ap4tracker.events.EventHistory;
import org.ap4tracker.events.EventRuleException;
import org.ap4tracker.events.InvalidEventException;
import org.ap4tracker.system.Flash;
import org.jspecify.annotations.Nullable;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing, unpublishing, withdrawing and deleting an event, its history, and restoring a revision.
 * Each action names the version the editor saw, so an action on a page that is out of date is refused.
 */
@Controller
class EventLifecycleController {

    private final EventEditor editor;
    private final EventHistory history;
    private final ReadableHistory readable;

    EventLifecycleController(EventEditor editor, EventHistory history, ReadableHistory readable) {
        this.editor = editor;
        this.history = history;
        this.readable = readable;
    }

    /**
     * The confirmation step before unpublishing, withdrawing or deleting: it says what readers will see
     * afterwards and holds the form that does it, so nothing irreversible happens on one click.
     */
    @GetMapping("/admin/events/{slug}/unpublish")
    String confirmUnpublish(@PathVariable String slug, Model model) {
        return confirm(slug, "unpublish", model);
    }

    @GetMapping("/admin/events/{slug}/withdraw")
    String confirmWithdraw(@PathVariable String slug, Model model) {
        return confirm(slug, "withdraw", model);
    }

    @GetMapping("/admin/events/{slug}/delete")
    String confirmDelete(@PathVariable String slug, Model model) {
        return confirm(slug, "delete", model);
    }

    private String confirm(String slug, String step, Model model) {
        model.addAttribute("event", editor.open(slug));
        model.addAttribute("step", step);
        return "admin/events/confirm";
    }

    @GetMapping("/admin/events/{slug}/history/{revision}/restore")
    String confirmRestore(@PathVariable String slug, @PathVariable long revision, Model model) {
        ReadableHistory.Revision restored = readable.of(history.of(slug)).stream()
                .filter(candidate -> candidate.number() == revision)
                .findFirst()
                .orElseThrow(BadAdminRequestException::new);
        model.addAttribute("event", editor.open(slug));
        model.addAttribute("step", "restore");
        model.addAttribute("revision", restored);
        return "admin/events/confirm";
    }

    @PostMapping("/admin/events/{slug}/publish")
    String publish(@PathVariable String slug, @RequestParam long version, @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        return act(slug, redirect, "admin.event.published", () -> editor.publish(slug, version, note));
    }

    @PostMapping("/admin/events/{slug}/unpublish")
    String unpublish(@PathVariable String slug, @RequestParam long version,
            @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        return act(slug, redirect, "admin.event.unpublished", () -> editor.unpublish(slug, version, note));
    }

    @PostMapping("/admin/events/{slug}/withdraw")
    String withdraw(@PathVariable String slug, @RequestParam long version,
            @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        if (reason.isBlank()) {
            Flash.problem(redirect, "event.rule.withdrawNeedsReason");
            return "redirect:/admin/events/" + slug;
        }
        return act(slug, redirect, "admin.event.withdrawn", () -> editor.withdraw(slug, version, reason, note));
    }

    @PostMapping("/admin/events/{slug}/delete")
    String delete(@PathVariable String slug, @RequestParam long version, RedirectAttributes redirect) {
        try {
            editor.deleteDraft(slug, version);
            Flash.show(redirect, "admin.event.deleted", slug);
            return "redirect:/admin/events";
        }
        catch (EventRuleException refused) {
            Flash.problem(redirect, refused.messageCode());
        }
        catch (EditConflictException | ObjectOptimisticLockingFailureException conflict) {
            Flash.problem(redirect, "admin.event.staleAction");
        }
        return "redirect:/admin/events/" + slug;
    }

    @GetMapping("/admin/events/{slug}/history")
    String history(@PathVariable String slug, Model model) {
        model.addAttribute("event", editor.open(slug));
        model.addAttribute("revisions", readable.of(history.of(slug)));
        return "admin/events/history";
    }

    @PostMapping("/admin/events/{slug}/history/{revision}/restore")
    String restore(@PathVariable String slug, @PathVariable long revision, @RequestParam long version,
            RedirectAttributes redirect) {
        act(slug, redirect, "admin.event.restored", () -> editor.restore(slug, revision, version));
        return "redirect:/admin/events/" + slug + "/history";
    }

    private static String act(String slug, RedirectAttributes redirect, String doneCode, Runnable action) {
        try {
            action.run();
            Flash.show(redirect, doneCode);
        }
        catch (EventRuleException refused) {
            Flash.problem(redirect, refused.messageCode());
        }
        catch (InvalidEventException invalid) {
            Flash.problem(redirect, invalid.problems().get(0).code(), invalid.problems().get(0).args().toArray());
        }
        catch (EditConflictException | ObjectOptimisticLockingFailureException conflict) {
            Flash.problem(redirect, "admin.event.staleAction");
        }
        return "redirect:/admin/events/" + slug;
    }
}
