package org.ap4tracker.timeline;

import java.io.StringWriter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContext;

/**
 * The markup of the fragments every timeline page repeats, an event's card, a page of cards, the overview chart
 * and the filter form, rendered once per distinct input and then reused, also on pages the rendered-page cache
 * does not serve (a reader with any cookie, an editor).
 * <p>
 * A fragment's markup is a function of what it is given (the card's {@link EventEntry}, the {@link OverviewChart},
 * the form's parameters and choices: records, equal when everything they show is equal), the reader's locale (its
 * messages and date words) and the way this response writes links (the context path and a language prefix such
 * as {@code /ja}). All of that is the key, so an entry never needs to be invalidated: an edited event, a renamed
 * actor or a new translation makes a different record and so a different key, on every instance, and an entry
 * nobody asks for ages out. The markup is rendered by the same template engine and the same fragment as before,
 * with the context Spring MVC's Thymeleaf view builds, so the text is escaped exactly as it always was.
 * <p>
 * Rendering the cards was most of the timeline's cost when it is not served whole from the page cache: 671 of
 * its 1 203 elements are the cards and 254 the chart (docs/performance.md, "Uncached reads, fourth round").
 */
@Component("renderedFragments")
public class RenderedFragments {

    /**
     * About 12 MB of markup, with the records that key it: some 4 000 cards in three languages, or half as many
     * with the pages of 50 that hold them (a page of 50 cards is some 75 000 characters, a filter form 9 000).
     */
    private static final long KEPT_CHARACTERS = 6_000_000;

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final Cache<Key, String> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_CHARACTERS)
            .weigher((Key key, String markup) -> markup.length())
            .build();

    RenderedFragments(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /** An event's card in a list ({@code fragments/events :: entry}). */
    public String card(EventEntry entry, Locale locale) {
        return markup("fragments/events", "entry", Map.of("entry", entry), locale);
    }

    /**
     * A page of cards under their year and month headings ({@code fragments/events :: groups}), each card
     * through {@link #card}: a page asked for again is one lookup instead of one per card.
     */
    public String groups(List<TimelineGroups.Year> groups, Locale locale) {
        return markup("fragments/events", "groups", Map.of("groups", groups), locale);
    }

    /** The timeline at a glance ({@code fragments/overview :: overview}); {@code id} prefixes its element ids. */
    public String overview(OverviewChart chart, String id, Locale locale) {
        return markup("fragments/overview", "overview", Map.of("chart", chart, "id", id), locale);
    }

    /**
     * The timeline's filter form ({@code fragments/filters :: form}) from the variables it reads, which
     * TimelineController gathers: the bound parameters, the choices with their counts, the storylines and the
     * year links. Only for a form without errors: they live in the page's binding result, which is not a variable.
     */
    public String filters(Map<String, Object> form, Locale locale) {
        return markup("fragments/filters", "form", form, locale);
    }

    /** How many fragments are kept: for tests. */
    long kept() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    private String markup(String template, String fragment, Map<String, Object> variables, Locale locale) {
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = current.getRequest();
        HttpServletResponse response = current.getResponse();
        if (response == null) {
            throw new IllegalStateException("A fragment is rendered only while a response is being written");
        }
        // Links are written as the context path, then the path through the response's encodeURL, which adds the
        // page's language prefix (language.LanguageLinksFilter): what it makes of "/" tells the two ways apart.
        String links = request.getContextPath() + response.encodeURL("/");
        Key key = new Key(template, fragment, variables, locale, links);
        // Looked up, then put: not Cache.get(key, render), which would run a whole Thymeleaf render (and any
        // fragment it renders through this class) inside the cache's lock for that key.
        String markup = kept.getIfPresent(key);
        if (markup == null) {
            markup = render(template, fragment, variables, locale, request, response);
            kept.put(key, markup);
        }
        return markup;
    }

    /** The fragment rendered as {@code ThymeleafView} renders a page: the same request context and SpEL context. */
    private String render(String template, String fragment, Map<String, Object> variables, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> model = new HashMap<>(variables);
        RequestContext requestContext = new RequestContext(request, response, request.getServletContext(), model);
        model.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
        model.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                new SpringWebMvcThymeleafRequestContext(requestContext, request));
        model.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application,
                        (ConversionService) request.getAttribute(ConversionService.class.getName())));
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response),
                locale, model);
        StringWriter markup = new StringWriter(2048);
        // Thymeleaf keeps a web context's variables as request attributes, so this render would leave its own
        // request context and variables in place of the page's (a #fields after it would then find no form).
        Map<String, Object> before = attributes(request);
        try {
            templates.process(new TemplateSpec(template, Set.of(fragment), TemplateMode.HTML, null), context, markup);
        }
        finally {
            for (String name : Collections.list(request.getAttributeNames())) {
                if (!before.containsKey(name)) {
                    request.removeAttribute(name);
                }
            }
            before.forEach((name, value) -> {
                if (request.getAttribute(name) != value) {
                    request.setAttribute(name, value);
                }
            });
        }
        return markup.toString();
    }

    private static Map<String, Object> attributes(HttpServletRequest request) {
        Map<String, Object> attributes = new HashMap<>();
        for (String name : Collections.list(request.getAttributeNames())) {
            attributes.put(name, request.getAttribute(name));
        }
        return attributes;
    }

    private record Key(String template, String fragment, Map<String, Object> variables, Locale locale, String links) {
    }
}
