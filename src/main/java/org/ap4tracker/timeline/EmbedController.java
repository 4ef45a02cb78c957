package org.ap4tracker.timeline;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.ap4tracker.system.PublicUrls;
import org.ap4tracker.events.TimelineFilter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Any view of the timeline, by the timeline's own query string, as a compact page for another site's
 * iframe: the overview and the first events, each opening on this site. The only pages other sites may
 * frame ({@link EmbedSecurityConfiguration}).
 */
@Controller
class EmbedController {

    static final String PATH = "/embed";

    private final TimelinePageModel pages;
    private final PublicUrls addresses;
    private final MessageSource messages;

    EmbedController(TimelinePageModel pages, PublicUrls addresses, MessageSource messages) {
        this.pages = pages;
        this.addresses = addresses;
        this.messages = messages;
    }

    @InitBinder("params")
    void validateParams(WebDataBinder binder) {
        binder.addValidators(new TimelineParamsValidator());
    }

    @GetMapping(PATH)
    String embed(@ModelAttribute("params") @Valid TimelineParams params, BindingResult binding, Model model,
            Locale locale, HttpServletRequest request) {
        if (binding.hasErrors()) {
            throw new BadPageRequestException(new IllegalArgumentException("Invalid embed filter"));
        }
        TimelineFilter filter = params.filter();
        pages.addPage(model, filter, null, locale, request);
        pages.addOverview(model, filter, "/", request.getQueryString(), locale);
        model.addAttribute("fullTimelineUrl", addresses.of(UriComponentsBuilder.fromPath("/")
                .query(request.getQueryString()).replaceQueryParam("cursor").build(true).toUriString()));
        model.addAttribute("embedTitle", messages.getMessage(filter.restricts() ? "formats.view.filtered"
                : "formats.view.timeline", null, locale));
        return "timeline/embed";
    }
}
