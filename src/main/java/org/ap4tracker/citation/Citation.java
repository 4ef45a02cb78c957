package org.ap4tracker.citation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How to cite one event page.
 *
 * @param key the citation key, {@code ap4tracker-<slug>}: stable, since a published slug never changes
 * @param title the event's title as shown
 * @param url the event page's permanent, absolute address
 * @param firstPublished the day the event was first published, or null for one never published; for the events of
 *     the initial dataset a fixed day, the same in every installation
 * @param issued when the cited text was last updated: a web page is cited as it stands, and the changelog says
 *     what changed before
 * @param accessed the day the reader looked
 * @param language the language of the title (and of the page {@code url} addresses), as a BCP 47 tag: the reader's
 *     where the event is translated into it, else English
 */
public record Citation(String key, String title, String url, @Nullable LocalDate firstPublished, LocalDate issued,
        LocalDate accessed, String language) {

    /** A citation of the English page. */
    public Citation(String key, String title, String url, @Nullable LocalDate firstPublished, LocalDate issued,
            LocalDate accessed) {
        this(key, title, url, firstPublished, issued, accessed, "en");
    }

    /** The author of every entry: the tracker, as an institution. */
    public static final String AUTHOR = "AP4 Tracker";

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    /**
     * A reference in the style of a Chicago web-page citation, e.g. {@code AP4 Tracker. “NATO and Japan meet.”
     * Last updated 5 March 2026. https://…/events/… (accessed 28 November 2026).}
     */
    public String plainText() {
        String closed = title.matches(".*[.?!]$") ? title : title + ".";
        String dates = firstPublishedEarlier()
                ? "First published %s; last updated %s.".formatted(WRITTEN.format(firstPublished), WRITTEN.format(issued))
                : "Last updated %s.".formatted(WRITTEN.format(issued));
        return "%s. “%s” %s %s (accessed %s).".formatted(AUTHOR, closed, dates, url, WRITTEN.format(accessed));
    }

    /** Whether the event was first published before the day it was last updated, which a reader may want to know. */
    private boolean firstPublishedEarlier() {
        return firstPublished != null && firstPublished.isBefore(issued);
    }

    /**
     * A BibTeX {@code @misc} entry. The title is escaped for LaTeX and set in an extra pair of braces, so that
     * styles which lower-case titles keep "NATO" and "ITPP" as written. {@code month} uses the standard month
     * macros; {@code url} and {@code urldate} serve biblatex, {@code howpublished} and {@code note} classic
     * BibTeX styles; {@code langid} names the title's language as biblatex (babel, polyglossia) does.
     */
    public String bibtex() {
        return """
                @misc{%s,
                  title = {{%s}},
                  author = {{%s}},
                  howpublished = {\\url{%s}},
                  url = {%s},
                  year = {%d},
                  month = %s,
                  note = {%sAccessed %s},
                  urldate = {%s},
                  langid = {%s}
                }
                """.formatted(key, BibTex.escape(title), AUTHOR, url, url, issued.getYear(),
                MONTHS[issued.getMonthValue() - 1],
                firstPublishedEarlier() ? "First published " + WRITTEN.format(firstPublished) + ". " : "",
                WRITTEN.format(accessed), accessed, switch (language) {
                    case "ja" -> "japanese";
                    case "ko" -> "korean";
                    default -> "english";
                });
    }

    /** A CSL-JSON item ({@code type: webpage}); a CSL-JSON document is a list of these. */
    public Map<String, Object> cslItem() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", key);
        item.put("type", "webpage");
        item.put("title", title);
        item.put("container-title", AUTHOR);
        item.put("author", List.of(Map.of("literal", AUTHOR)));
        item.put("URL", url);
        item.put("issued", dateParts(issued));
        item.put("accessed", dateParts(accessed));
        item.put("language", language);
        return item;
    }

    private static Map<String, Object> dateParts(LocalDate day) {
        return Map.of("date-parts", List.of(List.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth())));
    }
}
