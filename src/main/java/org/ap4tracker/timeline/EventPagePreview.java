package org.ap4tracker.timeline;

import java.util.Locale;

import org.ap4tracker.citation.Citation;
import org.ap4tracker.citation.Citations;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.markdown.MarkdownRenderer;
import org.ap4tracker.system.ApiPaths;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The public event page for an event that is not saved yet, for the desk's full preview: the same view
 * model and template as {@code /events/{slug}}, marked as a preview, with nothing for search engines.
 */
@NamedInterface("preview")
@Component
public class EventPagePreview {

    private final HonestDateFormat dates;
    private final MarkdownRenderer markdown;
    private final Citations citations;

    EventPagePreview(HonestDateFormat dates, MarkdownRenderer markdown, Citations citations) {
        this.dates = dates;
        this.markdown = markdown;
        this.citations = citations;
    }

    /** Fills the model as the public page does and returns its view name. */
    public String render(EventDetail event, Model model, Locale locale) {
        String bodyHtml = event.body() == null ? null : markdown.toSafeHtml(event.body());
        model.addAttribute("page", EventPage.of(event, bodyHtml, dates, locale));
        model.addAttribute("description", event.summary());
        Citation citation = citations.of(event);
        model.addAttribute("citation", citation);
        model.addAttribute("citationJson", citations.cslJson(citation));
        model.addAttribute("jsonUrl", ApiPaths.event(event.slug()));
        model.addAttribute("previewing", true);
        return "events/show";
    }
}
