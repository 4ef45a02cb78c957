package org.ap4tracker.admin;

import org.ap4tracker.events.SourceDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The desk's list of cited links the checker found gone, moved, failing or blocked, each with the events citing
 * it; an editor records an archived copy in the event's own form (its source's "Archived copy" field).
 */
@Controller
class LinkProblemsController {

    private final SourceDirectory sources;

    LinkProblemsController(SourceDirectory sources) {
        this.sources = sources;
    }

    @GetMapping("/admin/links")
    String links(Model model) {
        model.addAttribute("problems", sources.linkProblems());
        return "admin/links";
    }
}
