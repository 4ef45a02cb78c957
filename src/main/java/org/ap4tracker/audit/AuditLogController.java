package org.ap4tracker.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators, newest first, a page at a time. */
@Controller
class AuditLogController {

    static final String PATH = "/admin/audit";

    static final int PAGE_SIZE = 100;

    private final AuditLog auditLog;

    AuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) @Nullable Long before, Model model) {
        List<AuditLog.Entry> entries = auditLog.recent(before, PAGE_SIZE + 1);
        boolean more = entries.size() > PAGE_SIZE;
        List<AuditLog.Entry> shown = more ? entries.subList(0, PAGE_SIZE) : entries;
        model.addAttribute("entries", shown);
        model.addAttribute("nextBefore", more ? shown.get(shown.size() - 1).id() : null);
        return "admin/audit";
    }
}
