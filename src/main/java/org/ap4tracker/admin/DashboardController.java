package org.ap4tracker.admin;

import org.ap4tracker.events.EditorialDesk;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where editors land after signing in: their drafts and what changed lately. */
@Controller
class DashboardController {

    private static final int DRAFTS_SHOWN = 20;
    private static final int CHANGES_SHOWN = 20;

    private final EditorialDesk desk;

    DashboardController(EditorialDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("drafts", desk.drafts(DRAFTS_SHOWN));
        model.addAttribute("changes", desk.recentChanges(CHANGES_SHOWN));
        return "admin/dashboard";
    }
}
