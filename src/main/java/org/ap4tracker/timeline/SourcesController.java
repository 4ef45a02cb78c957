package org.ap4tracker.timeline;

import java.util.List;

import org.ap4tracker.events.PublisherSummary;
import org.ap4tracker.events.SourceDirectory;
import org.ap4tracker.system.ReadsOnOneConnection;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public sources page: every publisher the tracker cites, what kind of body it is, and how often it is cited. */
@Controller
class SourcesController {

    private final SourceDirectory sources;

    SourcesController(SourceDirectory sources) {
        this.sources = sources;
    }

    @GetMapping("/sources")
    @ReadsOnOneConnection
    String sources(Model model) {
        List<PublisherSummary> publishers = sources.publishers().stream().filter(p -> p.events() > 0).toList();
        model.addAttribute("publishers", publishers);
        model.addAttribute("deadLinks", publishers.stream().mapToInt(PublisherSummary::deadLinks).sum());
        return "sources/index";
    }
}
