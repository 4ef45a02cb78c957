package org.ap4tracker.events.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.ap4tracker.events.MarkedText;
import org.ap4tracker.events.SearchMatch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Marks the words a text search matched in the events of one page, with PostgreSQL's ts_headline: only for
 * the events shown, since a headline costs far more than a match. Beyond the title and summary it looks in
 * the body, then the event's statements, then its sources, and marks the first that has the words, part by
 * part.
 */
@Repository
public class SearchQueries {

    private static final String MARKS = "StartSel=%c, StopSel=%c".formatted(MarkedText.START, MarkedText.STOP);

    /** The whole title or summary, every match marked. */
    private static final String WHOLE = "HighlightAll=true, " + MARKS;

    /** Up to two short fragments around matches, joined by an ellipsis. */
    private static final String EXCERPT = "MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=\" … \", "
            + MARKS;

    /** A statement's words from their start, or around the match when they run longer than a sentence or two. */
    private static final String WORDS = "MaxWords=40, MinWords=20, " + MARKS;

    /** Markdown that would read as noise in a one-line excerpt: link targets, emphasis, headings, code. */
    private static final Pattern MARKDOWN_NOISE = Pattern.compile("\\]\\([^)\\s]*\\)|[*_`#>\\[\\]]");

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private final JdbcClient jdbc;

    SearchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Matches by slug, for the published events among {@code slugs}. */
    public Map<String, SearchMatch> matches(Collection<String> slugs, String text) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        Map<String, SearchMatch> matches = new HashMap<>();
        jdbc.sql("""
                select e.slug,
                       ts_headline('english', e.title, q, :whole) as title,
                       ts_headline('english', e.summary, q, :whole) as summary,
                       case when to_tsvector('english', coalesce(e.body, '')) @@ q
                            then ts_headline('english', e.body, q, :excerpt)
                       end as excerpt,
                       case when to_tsvector('english', concat_ws(E'\\n', e.body, e.search_extra)) @@ q
                            then ts_headline('english', concat_ws(E'\\n', e.body, e.search_extra), q, :excerpt)
                       end as spread,
                       ts_headline('english', said.speaker, q, :whole) as speaker,
                       ts_headline('english', coalesce(said.quote, said.paraphrase), q, :words) as words,
                       said.quote is not null as quoted,
                       ts_headline('english', cited.title, q, :whole) as source_title,
                       ts_headline('english', cited.publisher, q, :whole) as source_publisher
                from event e
                cross join %s q
                left join lateral (select s.speaker, s.quote, s.paraphrase from event_statement s
                                   where s.event_id = e.id
                                     and to_tsvector('english', concat_ws(' ', s.speaker, s.quote, s.paraphrase)) @@ q
                                   order by s.position limit 1) said on true
                left join lateral (select c.title, c.publisher from event_source c
                                   where c.event_id = e.id
                                     and to_tsvector('english', concat_ws(' ', c.title, c.publisher)) @@ q
                                   order by c.position limit 1) cited on true
                where e.slug in (:slugs) and e.status = 'PUBLISHED'
                """.formatted(TimelineConditions.TEXT_QUERY))
                .param("whole", WHOLE)
                .param("excerpt", EXCERPT)
                .param("words", WORDS)
                .param("text", text)
                .param("slugs", slugs)
                .query(rs -> {
                    // Words found only across several places (the body, a statement, a source) get an excerpt of
                    // them all, one place after another.
                    String excerpt = rs.getString("excerpt");
                    if (excerpt != null) {
                        excerpt = oneLine(excerpt, " ");
                    }
                    else if (rs.getString("speaker") == null && rs.getString("source_title") == null) {
                        String spread = rs.getString("spread");
                        excerpt = spread == null ? null : oneLine(spread, " \u00b7 ");
                    }
                    String speaker = rs.getString("speaker");
                    String sourceTitle = rs.getString("source_title");
                    String publisher = rs.getString("source_publisher");
                    boolean inBody = rs.getString("excerpt") != null;
                    matches.put(rs.getString("slug"), new SearchMatch(
                            MarkedText.of(rs.getString("title")),
                            MarkedText.of(rs.getString("summary")),
                            excerpt == null ? null : MarkedText.of(excerpt),
                            // One place is enough to say why: the body, else a statement, else a source.
                            inBody || speaker == null ? null : new SearchMatch.Said(MarkedText.of(speaker),
                                    MarkedText.of(oneLine(rs.getString("words"), " ")), rs.getBoolean("quoted")),
                            inBody || speaker != null || sourceTitle == null ? null : new SearchMatch.Cited(
                                    MarkedText.of(sourceTitle), publisher == null ? null : MarkedText.of(publisher))));
                });
        return matches;
    }

    /** The excerpt on one line, its line breaks (between the places it was found) written as {@code separator}. */
    private static String oneLine(String excerpt, String separator) {
        return LINE_BREAKS.matcher(MARKDOWN_NOISE.matcher(excerpt).replaceAll("")).replaceAll(separator).strip();
    }
}
