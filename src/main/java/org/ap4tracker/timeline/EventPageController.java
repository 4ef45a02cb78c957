package org.ap4tracker.timeline;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.ap4tracker.citation.Citation;
import org.ap4tracker.citation.Citations;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.images.EventPictures;
import org.ap4tracker.images.ShownPicture;
import org.ap4tracker.markdown.MarkdownRenderer;
import org.ap4tracker.system.AlternateLink;
import org.ap4tracker.system.ApiPaths;
import org.ap4tracker.system.ReadsOnOneConnection;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One event's page; a withdrawn event answers 410 Gone with the public reason. */
@Controller
class EventPageController {

    private final EventCatalog catalog;
    private final HonestDateFormat dates;
    private final MarkdownRenderer markdown;
    private final Citations citations;
    private final ShareCards shareCards;
    private final EventJsonLd jsonLd;
    private final EventPictures pictures;

    EventPageController(EventCatalog catalog, HonestDateFormat dates, MarkdownRenderer markdown, Citations citations,
            ShareCards shareCards, EventJsonLd jsonLd, EventPictures pictures) {
        this.pictures = pictures;
        this.jsonLd = jsonLd;
        this.catalog = catalog;
        this.dates = dates;
        this.markdown = markdown;
        this.citations = citations;
        this.shareCards = shareCards;
    }

    @GetMapping("/events/{slug}")
    @ReadsOnOneConnection
    String event(@PathVariable String slug, Model model, Locale locale, HttpServletResponse response) {
        EventDetail event = catalog.publicEvent(slug).orElseThrow(() -> new PageNotFoundException("event " + slug));
        if (event.isWithdrawn()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            model.addAttribute("event", event);
            return "events/withdrawn";
        }
        String bodyHtml = event.body() == null ? null : markdown.toSafeHtml(event.body());
        model.addAttribute("page", EventPage.of(event, bodyHtml, dates, locale));
        model.addAttribute("description", event.summary());
        List<ShownPicture> shown = pictures.of(event.slug());
        model.addAttribute("pictures", shown);
        ShareCard card = shareCards.event(event, dates.format(event.date(), locale), locale);
        model.addAttribute("share", shown.isEmpty() ? card : shareCards.withPicture(card, shown.get(0)));
        Citation citation = citations.of(event);
        model.addAttribute("citation", citation);
        model.addAttribute("citationJson", citations.cslJson(citation));
        model.addAttribute("jsonLd", jsonLd.of(event, citation.url()));
        String jsonUrl = ApiPaths.event(event.slug());
        model.addAttribute("jsonUrl", jsonUrl);
        model.addAttribute("alternates", List.of(new AlternateLink("application/json", event.title(), jsonUrl)));
        return "events/show";
    }
}
