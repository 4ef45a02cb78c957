package org.ap4tracker.feeds;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.system.EntityTags;
import org.ap4tracker.system.PublicUrls;
import org.ap4tracker.timeline.TimelineFormat;
import org.ap4tracker.timeline.TimelineParams;
import org.ap4tracker.timeline.TimelineParamsValidator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The timeline's other formats. Each takes the timeline page's query string, checked by the page's own
 * validator, so any filtered view can be subscribed to, put in a calendar or opened in a spreadsheet. A
 * parameter it cannot take is a 400 problem JSON listing each one, since these are read by programs.
 * <p>
 * Responses are public and cacheable for five minutes. They change only when something public changes, so
 * the validators come from the change log: Last-Modified is its newest entry and the (weak) ETag hashes that
 * instant with the format and the canonical filter. A client that has the current copy gets 304 without the
 * events being read at all.
 */
@Controller
class FeedsController {

    static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    /** Raise when any format's output changes, so that clients holding an older copy do not keep it. */
    static final int OUTPUT_REVISION = 1;
    /** The API's validation problem type: a feed's wrong query is the same kind of problem. */
    static final URI VALIDATION_TYPE = URI.create("https://ap4tracker.org/problems/validation");

    private final EventCatalog catalog;
    private final AtomFeedWriter atom;
    private final JsonFeedWriter jsonFeed;
    private final CalendarWriter calendar;
    private final CsvWriter csv;
    private final TimelineJsWriter timelineJs;
    private final MessageSource messages;
    /** Spring's JSON converter, which writes a {@link ProblemDetail}'s properties as members. */
    private final JacksonJsonHttpMessageConverter problemWriter;
    private final PublicUrls urls;

    FeedsController(EventCatalog catalog, AtomFeedWriter atom, JsonFeedWriter jsonFeed, CalendarWriter calendar,
            CsvWriter csv, TimelineJsWriter timelineJs, MessageSource messages, JsonMapper json, PublicUrls urls) {
        this.catalog = catalog;
        this.atom = atom;
        this.jsonFeed = jsonFeed;
        this.calendar = calendar;
        this.csv = csv;
        this.timelineJs = timelineJs;
        this.messages = messages;
        this.problemWriter = new JacksonJsonHttpMessageConverter(json.rebuild());
        this.urls = urls;
    }

    @InitBinder("params")
    void validateParams(WebDataBinder binder) {
        binder.addValidators(new TimelineParamsValidator());
    }

    @GetMapping(TimelineFormat.ATOM_PATH)
    void atom(@ModelAttribute("params") @Valid TimelineParams params, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        serve(TimelineFormat.ATOM, params, request, response, null, text(atom::write));
    }

    @GetMapping(TimelineFormat.JSON_FEED_PATH)
    void jsonFeed(@ModelAttribute("params") @Valid TimelineParams params, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        serve(TimelineFormat.JSON_FEED, params, request, response, null, text(jsonFeed::write));
    }

    @GetMapping(TimelineFormat.ICALENDAR_PATH)
    void calendar(@ModelAttribute("params") @Valid TimelineParams params, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        serve(TimelineFormat.ICALENDAR, params, request, response,
                ContentDisposition.inline().filename(CalendarWriter.FILE_NAME).build(), text(calendar::write));
    }

    @GetMapping(TimelineFormat.CSV_PATH)
    void csv(@ModelAttribute("params") @Valid TimelineParams params, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        serve(TimelineFormat.CSV, params, request, response,
                ContentDisposition.attachment().filename(CsvWriter.FILE_NAME).build(),
                (feed, http) -> csv.write(feed, http.getOutputStream()));
    }

    @GetMapping(TimelineFormat.TIMELINEJS_PATH)
    void timelineJs(@ModelAttribute("params") @Valid TimelineParams params, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        serve(TimelineFormat.TIMELINEJS, params, request, response, null, text(timelineJs::write));
    }

    /** Writes one format of the view the parameters select, unless the client's copy is current. */
    private void serve(TimelineFormat format, TimelineParams params, HttpServletRequest request,
            HttpServletResponse response, @Nullable ContentDisposition disposition, FormatWriter writer)
            throws IOException {
        FeedRequest feed = start(format, params, request, response);
        if (feed == null) {
            return;
        }
        if (format == TimelineFormat.CSV) {
            // RFC 4180 registers "header" to say whether the first line names the columns.
            response.setContentType("text/csv;charset=UTF-8;header=present");
        }
        if (disposition != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        }
        writer.write(feed, response);
    }

    @FunctionalInterface
    private interface FormatWriter {
        void write(FeedRequest feed, HttpServletResponse response) throws IOException;
    }

    @FunctionalInterface
    private interface TextWriter {
        void write(FeedRequest feed, Writer out) throws IOException;
    }

    /** The formats written as text; the CSV export passes the database's bytes on instead. */
    private static FormatWriter text(TextWriter writer) {
        return (feed, response) -> writer.write(feed, response.getWriter());
    }

    /**
     * Written here rather than negotiated: a feed reader that accepts only Atom, or a calendar application that
     * accepts only iCalendar, still learns what was wrong. The problem is Spring's {@link ProblemDetail}, as
     * the API's are, with the same validation type and each wrong parameter in {@code errors}; Spring's JSON
     * converter writes it.
     */
    @ExceptionHandler(BindException.class)
    void invalidQuery(BindException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Map<String, String>> errors = ex.getFieldErrors().stream()
                .map(error -> fieldProblem(error.getField(), messages.getMessage(error, FeedTexts.LOCALE)))
                .toList();
        String listed = String.join(" ", errors.stream().map(error -> error.get("field") + ": " + error.get("message"))
                .toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("feeds.problem.detail", new Object[] {listed}, FeedTexts.LOCALE));
        problem.setType(VALIDATION_TYPE);
        problem.setTitle(messages.getMessage("feeds.problem.title", null, FeedTexts.LOCALE));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        response.resetBuffer();
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        problemWriter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
    }

    private static Map<String, String> fieldProblem(String field, String message) {
        Map<String, String> problem = new LinkedHashMap<>();
        problem.put("field", field);
        problem.put("message", message);
        return problem;
    }

    /**
     * Sets the headers every format shares, and answers 304 when the client's copy is current; returns the
     * request to write the body for, or null when none is due.
     */
    private @Nullable FeedRequest start(TimelineFormat format, TimelineParams params, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Instant> lastChange = catalog.lastChange();
        FeedRequest feed = FeedRequest.of(urls.origin(), urls.host(), format, params);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHING.getHeaderValue());
        if (lastChange.isPresent()) {
            String order = format == TimelineFormat.CSV && params.oldestFirst() ? SortOrder.OLDEST : SortOrder.NEWEST;
            String etag = "W/" + EntityTags.of(OUTPUT_REVISION + " " + lastChange.get() + " " + feed.self() + " " + order);
            if (new ServletWebRequest(request, response).checkNotModified(etag, lastChange.get().toEpochMilli())) {
                return null;
            }
        }
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        return feed;
    }
}
