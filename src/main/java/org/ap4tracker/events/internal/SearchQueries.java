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
 * the events shown, since a headline costs far more than a match.
 */
@Repository
public class SearchQueries {

    private static final String MARKS = "StartSel=%c, StopSel=%c".formatted(MarkedText.START, MarkedText.STOP);

    /** The whole title or summary, every match marked. */
    private static final String WHOLE = "HighlightAll=true, " + MARKS;

    /** Up to two short fragments around matches, joined by an ellipsis. */
    private static final String EXCERPT = "MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=\" … \", "
            + MARKS;

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
                       case when to_tsvector('english', concat_ws(E'\\n', e.body, e.search_extra)) @@ q
                            then ts_headline('english', concat_ws(E'\\n', e.body, e.search_extra), q, :excerpt)
                       end as excerpt
                from event e, %s q
                where e.slug in (:slugs) and e.status = 'PUBLISHED'
                """.formatted(TimelineConditions.TEXT_QUERY))
                .param("whole", WHOLE)
                .param("excerpt", EXCERPT)
                .param("text", text)
                .param("slugs", slugs)
                .query(rs -> {
                    String excerpt = rs.getString("excerpt");
                    matches.put(rs.getString("slug"), new SearchMatch(
                            MarkedText.of(rs.getString("title")),
                            MarkedText.of(rs.getString("summary")),
                            excerpt == null ? null : MarkedText.of(oneLine(excerpt))));
                });
        return matches;
    }

    private static String oneLine(String excerpt) {
        return LINE_BREAKS.matcher(MARKDOWN_NOISE.matcher(excerpt).replaceAll("")).replaceAll(" ").strip();
    }
}
