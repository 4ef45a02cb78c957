package org.ap4tracker.events.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.events.internal.TimelineConditions.Dimension;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.postgresql.core.Utils;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every published event of a filter as the lines of the CSV export, written by PostgreSQL itself through the
 * driver's copy API ({@code COPY (select …) TO STDOUT}): the statement formats every cell (English honest dates,
 * EDTF, ISO instants, the event's address), neutralises cells a spreadsheet would take for a formula and quotes
 * them as RFC 4180 and Apache Commons CSV do, so the JVM only passes bytes on. Reading rows into objects and
 * printing them in Java ran at half the rate of a COPY of the same rows.
 * <p>
 * Each line is one text column ending in CR, sent in COPY's text format (which ends it with LF); the only
 * Java work is undoing that format's backslash escapes ({@link CopyTextDecoder}). COPY takes no bound
 * parameters, so the filter's values are written into the statement as escaped literals.
 */
@Repository
public class EventCsvCopy {

    /** The column names, in the order of the cells each line has. */
    public static final String HEADER = String.join(",", "slug", "url", "date", "start", "end", "precision",
            "qualifier", "type", "title", "summary", "storyline", "actors", "topics", "location", "sources", "updated",
            "edtf", "source kinds", "publishers", "independent publishers", "language");

    /** A day, month or year as {@code date.pattern.*} in English writes it (FM: no padding, English names). */
    private static final String DAY = "'FMDD FMMonth YYYY'";
    private static final String MONTH = "'FMMonth YYYY'";

    /** An honest date in English words, as {@code HonestDateFormat} writes it with the English bundle. */
    static final String DATE_TEXT = """
            case e.date_qualifier when 'CIRCA' then 'c. ' when 'EARLY' then 'early ' when 'MID' then 'mid-'
                                  when 'LATE' then 'late ' when 'BEFORE' then 'before ' when 'AFTER' then 'after '
                                  else '' end
            || case when e.end_date is null or e.end_date = e.start_date then
                    case e.date_precision when 'DAY' then to_char(e.start_date, %1$s)
                                          when 'MONTH' then to_char(e.start_date, %2$s)
                                          else to_char(e.start_date, 'YYYY') end
                    when e.date_precision = 'DAY' and date_trunc('month', e.start_date) = date_trunc('month', e.end_date)
                    then to_char(e.start_date, 'FMDD') || '\u2013' || to_char(e.end_date, %1$s)
                    when e.date_precision = 'DAY' and date_trunc('year', e.start_date) = date_trunc('year', e.end_date)
                    then to_char(e.start_date, 'FMDD FMMonth') || ' \u2013 ' || to_char(e.end_date, %1$s)
                    when e.date_precision = 'DAY'
                    then to_char(e.start_date, %1$s) || ' \u2013 ' || to_char(e.end_date, %1$s)
                    when e.date_precision = 'MONTH' and date_trunc('year', e.start_date) = date_trunc('year', e.end_date)
                    then to_char(e.start_date, 'FMMonth') || '\u2013' || to_char(e.end_date, %2$s)
                    when e.date_precision = 'MONTH'
                    then to_char(e.start_date, %2$s) || ' \u2013 ' || to_char(e.end_date, %2$s)
                    else to_char(e.start_date, 'YYYY') || '\u2013' || to_char(e.end_date, 'YYYY') end"""
            .formatted(DAY, MONTH);

    /** An honest date in the Extended Date/Time Format, as {@code Edtf} writes it. */
    static final String EDTF = """
            case when e.date_qualifier in ('EXACT', 'CIRCA') then
                    %1$s || case e.date_qualifier when 'CIRCA' then '~' else '' end
                    || case when e.end_date is null or e.end_date = e.start_date then ''
                            else '/' || %2$s || case e.date_qualifier when 'CIRCA' then '~' else '' end end
                 when e.date_qualifier in ('EARLY', 'MID', 'LATE') and e.date_precision = 'MONTH' then
                    to_char(e.start_date + 10 * %3$s, 'YYYY-MM-DD') || '/'
                    || to_char(case when %3$s = 2 then (date_trunc('month', e.start_date) + interval '1 month - 1 day')::date
                                    else e.start_date + 9 + 10 * %3$s end, 'YYYY-MM-DD')
                 when e.date_qualifier in ('EARLY', 'MID', 'LATE') then
                    to_char(date_trunc('year', e.start_date) + make_interval(months => 4 * %3$s), 'YYYY-MM') || '/'
                    || to_char(date_trunc('year', e.start_date) + make_interval(months => 4 * %3$s + 3), 'YYYY-MM')
                 when e.date_qualifier = 'BEFORE' then '../' || %4$s
                 else %5$s || '/..' end"""
            .formatted(at("e.start_date"), at("e.end_date"),
                    "(case e.date_qualifier when 'EARLY' then 0 when 'MID' then 1 else 2 end)",
                    at(step("e.start_date", "-")), at(step("coalesce(e.end_date, e.start_date)", "+")));

    /**
     * The cells' raw values, in the export's order, fenced ({@code offset 0}) so that the outer query's cell
     * expressions, which name each value several times, read a column rather than compute it again.
     */
    private static final String VALUES = """
            select e.slug, :origin || '/events/' || e.slug as url, %s as date_text,
                   e.start_date::text as start_text, e.end_date::text as end_text, e.date_precision::text as precision_text,
                   e.date_qualifier::text as qualifier_text, e.type::text as type_text,
                   coalesce(tr.title, e.title) as title, coalesce(tr.summary, e.summary) as summary,
                   coalesce(tr.lang, 'en') as text_language,
                   coalesce(dtr.title, d.title) as storyline,
                   (select string_agg(a.code, ' ' order by a.kind = 'ALLIANCE' desc, a.name)
                    from event_actor ea join actor a on a.id = ea.actor_id where ea.event_id = e.id) as actors,
                   (select string_agg(t.slug, ' ' order by t.label)
                    from event_topic et join topic t on t.id = et.topic_id where et.event_id = e.id) as topics,
                   e.location, s.urls,
                   to_char(e.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as updated_seconds,
                   to_char(e.updated_at at time zone 'UTC', 'US') as updated_micros,
                   %s as edtf, s.kinds, s.publishers, s.publisher_count
            from event e
            left join development d on d.id = e.development_id
            %s
            left join lateral (select string_agg(s.url, E'\\n' order by s.position) as urls,
                                      string_agg(s.kind::text, E'\\n' order by s.position) as kinds,
                                      string_agg(coalesce(s.publisher, ''), E'\\n' order by s.position) as publishers,
                                      count(distinct lower(s.publisher)) as publisher_count
                               from event_source s where s.event_id = e.id) s on true
            where e.status = 'PUBLISHED'""".formatted(DATE_TEXT, EDTF, SqlRows.TRANSLATION_JOINS);

    /** When the event last changed, as Java's Instant.toString writes it: seconds always, then 0, 3 or 6 decimals. */
    static final String UPDATED = """
            updated_seconds || case when updated_micros = '000000' then ''
                                    when updated_micros like '%000' then '.' || left(updated_micros, 3)
                                    else '.' || updated_micros end || 'Z'""";

    /** The line of cells, ending in CR (COPY adds the LF). */
    private static final String LINE = String.join(" || ',' || ", cell("slug"), cell("url"), cell("date_text"),
            cell("start_text"), cell("end_text"), cell("precision_text"), cell("qualifier_text"), cell("type_text"),
            cell("title"), cell("summary"), cell("storyline"), cell("actors"), cell("topics"), cell("location"),
            cell("urls"), cell(UPDATED), cell("edtf"), cell("kinds"), cell("publishers"),
            "publisher_count::text", cell("text_language")) + " || E'\\r'";

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):(\\w+)");

    private final DataSource dataSource;

    EventCsvCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Writes the lines (each ending CRLF, no header) of every event of the filter, in its order, inside one
     * read-only transaction on the transaction's own connection. A client gone away surfaces as the IOException
     * the response stream threw, after the COPY has been stopped; the transaction then rolls back rather than
     * being marked for it, so no "unexpected rollback" hides that exception.
     */
    @Transactional(readOnly = true, rollbackFor = IOException.class)
    public void write(TimelineFilter filter, String origin, OutputStream out) throws IOException {
        String sql = statement(filter, origin);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            CopyOut copy = postgres.getCopyAPI().copyOut(sql);
            CopyTextDecoder decoder = new CopyTextDecoder(out);
            try {
                byte[] data;
                while ((data = copy.readFromCopy()) != null) {
                    decoder.write(data, 0, data.length);
                }
            }
            catch (IOException clientGone) {
                stop(connection, postgres, copy);
                throw clientGone;
            }
            decoder.flush();
        }
        catch (SQLException ex) {
            throw new IllegalStateException("The CSV export's COPY failed", ex);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Stops a COPY whose reader has gone: cancels the statement and reads on to the server's answer, so the
     * connection stays in step with the server (the driver's own cancelCopy leaves the rest of the data unread,
     * and the next statement on the pooled connection would read it). A cancel request can still arrive after
     * the COPY has ended and hit a later statement, so a pooled connection is also retired from the pool.
     */
    private void stop(Connection connection, PGConnection postgres, CopyOut copy) throws SQLException {
        postgres.cancelQuery();
        try {
            while (copy.readFromCopy() != null) {
                // discarded: nobody reads it
            }
        }
        catch (SQLException expected) {
            // "canceling statement due to user request": the server has stopped
        }
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
        }
    }

    /** The COPY statement for a filter, its values written in as literals. */
    public static String statement(TimelineFilter filter, String origin) {
        StringBuilder values = new StringBuilder(VALUES);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("lang", ContentLanguage.current());
        params.put("origin", origin);
        TimelineConditions.append(filter, EnumSet.noneOf(Dimension.class), "e.sort_date", values, params);
        String direction = filter.order() == SortOrder.OLDEST_FIRST ? "" : " desc";
        values.append(" order by e.sort_date").append(direction).append(", e.id").append(direction).append(" offset 0");
        return "copy (select " + LINE + " from (" + inline(values.toString(), params) + ") v) to stdout";
    }

    /**
     * One cell of {@code value} (a text expression, null for none) as the earlier Java export printed it: empty for
     * none; a leading apostrophe before = + - @ tab or CR, which a spreadsheet would take for a formula (OWASP's
     * CSV injection); quoted, quotes doubled, where Commons CSV's minimal quoting quotes (a comma, a quote or a
     * line break inside, a first character up to {@code #}, a last one up to a space).
     */
    static String cell(String value) {
        return """
                (case when coalesce(%1$s, '') = '' then ''
                      when %1$s ~ '[\\n\\r",]' or ascii(right(%1$s, 1)) <= 32
                           or (ascii(%1$s) <= 35 and ascii(%1$s) not in (9, 13))
                      then '"' || case when ascii(%1$s) in (9, 13, 43, 45, 61, 64) then '''' else '' end
                           || replace(%1$s, '"', '""') || '"'
                      else case when ascii(%1$s) in (9, 13, 43, 45, 61, 64) then '''' else '' end || %1$s end)"""
                .formatted("(" + value + ")");
    }

    private static String at(String day) {
        return """
                case e.date_precision when 'DAY' then to_char(%1$s, 'YYYY-MM-DD')
                                      when 'MONTH' then to_char(%1$s, 'YYYY-MM')
                                      else extract(year from %1$s)::int::text end""".formatted(day);
    }

    private static String step(String day, String sign) {
        return """
                (case e.date_precision when 'DAY' then %1$s %2$s 1
                      when 'MONTH' then (date_trunc('month', %1$s) %2$s interval '1 month')::date
                      else (date_trunc('year', %1$s) %2$s interval '1 year')::date end)""".formatted(day, sign);
    }

    /** Writes each named parameter of {@code sql} as an escaped literal, since COPY binds none. */
    static String inline(String sql, Map<String, Object> params) {
        Matcher matcher = PARAMETER.matcher(sql);
        StringBuilder inlined = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = params.containsKey(name) ? literal(params.get(name)) : matcher.group();
            matcher.appendReplacement(inlined, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(inlined).toString();
    }

    private static String literal(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(EventCsvCopy::literal).collect(Collectors.joining(", "));
        }
        if (value instanceof LocalDate day) {
            return "date '" + day + "'";
        }
        if (value instanceof OffsetDateTime moment) {
            return "timestamptz '" + moment + "'";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        try {
            // E'' with backslashes doubled reads the same whatever standard_conforming_strings is.
            return "E'" + Utils.escapeLiteral(null, value.toString(), false) + "'";
        }
        catch (SQLException ex) {
            throw new IllegalArgumentException("A filter value cannot be written as SQL", ex);
        }
    }
}
