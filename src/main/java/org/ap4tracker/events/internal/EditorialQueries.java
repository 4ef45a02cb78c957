package org.ap4tracker.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ap4tracker.events.DeskEvent;
import org.ap4tracker.events.DeskFilter;
import org.ap4tracker.events.DeskPage;
import org.ap4tracker.events.EventStatus;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.RecentChange;
import org.ap4tracker.events.RelatedEvent;
import org.ap4tracker.events.TranslationState;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads for the editorial desk: events in every state, newest change first, and the latest revisions. */
@Component
public class EditorialQueries {

    /**
     * Where the translation of event {@code e} into each language stands, as rows (lang, state): a table
     * expression for the list's columns and its filter alike.
     */
    private static final String TRANSLATION_STATES = """
            (select l.lang, case when tr.event_id is null then 'MISSING'
                                 when tr.source_digest <> translation_source_digest(e.title, e.summary, e.body) then 'OUTDATED'
                                 else 'CURRENT' end as state
             from (values ('ja'), ('ko')) l (lang)
             left join event_translation tr on tr.event_id = e.id and tr.lang = l.lang)""";

    private final JdbcClient jdbc;

    EditorialQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keyset paging on (updated_at, id), which event_recently_updated_idx serves in order, or
     * event_development_recently_updated_idx (V44) for one storyline. Only the filter's own conditions are
     * written into the statement: a condition such as {@code (:development is null or d.slug = :development)}
     * cannot become an index condition, so a storyline of a few events walked every event (7.3 s at a million).
     */
    public DeskPage page(DeskFilter filter, DeskPage.@Nullable Position after, int limit) {
        StringBuilder where = new StringBuilder("true");
        if (filter.status() != null) {
            where.append(" and e.status = :status");
        }
        if (filter.translation() != null) {
            where.append(" and exists (select 1 from ").append(TRANSLATION_STATES).append(" t where t.state = :translation)");
        }
        if (filter.type() != null) {
            where.append(" and e.type = :type");
        }
        if (filter.development() != null) {
            where.append(" and e.development_id = (select id from development where slug = :development)");
        }
        if (after != null) {
            where.append(" and (e.updated_at, e.id) < (:afterUpdated, :afterId)");
        }
        List<DeskEvent> rows = jdbc.sql("""
                select e.id, e.slug, e.title, e.status, e.type, %s, e.updated_at, e.updated_by,
                       d.title as development_title,
                       (select string_agg(t.lang || ':' || t.state, ',' order by t.lang) from %s t) as translations
                from event e left join development d on d.id = e.development_id
                where %s
                order by e.updated_at desc, e.id desc
                limit :limit""".formatted(SqlRows.DATE_COLUMNS, TRANSLATION_STATES, where))
                .params(deskParameters(filter, after, limit))
                .query(EditorialQueries::deskEvent)
                .list();
        if (rows.size() <= limit) {
            return new DeskPage(rows, null);
        }
        DeskEvent last = rows.get(limit - 1);
        return new DeskPage(rows.subList(0, limit), new DeskPage.Position(last.updatedAt(), last.id()));
    }

    private static Map<String, @Nullable Object> deskParameters(DeskFilter filter, DeskPage.@Nullable Position after,
            int limit) {
        Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
        parameters.put("translation", filter.translation() == null ? null : filter.translation().name());
        parameters.put("status", filter.status() == null ? null : filter.status().name());
        parameters.put("type", filter.type() == null ? null : filter.type().name());
        parameters.put("development", filter.development());
        parameters.put("afterUpdated", after == null ? null : Timestamp.from(after.updatedAt()));
        parameters.put("afterId", after == null ? 0L : after.id());
        parameters.put("limit", limit + 1);
        return parameters;
    }

    public List<RecentChange> recentChanges(int limit) {
        return jdbc.sql("""
                (select r.id, r.made_at, r.username, r.action, r.change_note, 'event' as kind, a.slug, a.title
                 from revision r join event_aud a on a.rev = r.id
                 where r.action is distinct from 'IMPORTED'
                 order by r.id desc limit :limit)
                union all
                (select r.id, r.made_at, r.username, r.action, r.change_note, 'development', a.slug, a.title
                 from revision r join development_aud a on a.rev = r.id
                 where r.action is distinct from 'IMPORTED'
                 order by r.id desc limit :limit)
                order by id desc
                limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new RecentChange(rs.getLong("id"), rs.getTimestamp("made_at").toInstant(),
                        rs.getString("username"), rs.getString("action"), rs.getString("change_note"),
                        rs.getString("kind"), rs.getString("slug"), rs.getString("title")))
                .list();
    }

    private static DeskEvent deskEvent(ResultSet rs, int row) throws SQLException {
        Map<String, TranslationState> translations = new LinkedHashMap<>();
        for (String state : rs.getString("translations").split(",")) {
            String[] parts = state.split(":");
            translations.put(parts[0], TranslationState.valueOf(parts[1]));
        }
        return new DeskEvent(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                EventStatus.valueOf(rs.getString("status")), EventType.valueOf(rs.getString("type")),
                SqlRows.honestDate(rs), rs.getString("development_title"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), translations);
    }

    /**
     * Events in any state whose title or address contains the typed text, newest first, for the desk's
     * related-event picker. LIKE wildcards in the text are matched literally.
     */
    public List<RelatedEvent> titled(String part, int limit) {
        String pattern = "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select slug, title, start_date, end_date, date_precision, date_qualifier
                        from event
                        where title ilike :pattern or slug like lower(:pattern)
                        order by start_date desc, id desc
                        limit :limit""")
                .param("pattern", pattern)
                .param("limit", limit)
                .query((rs, row) -> new RelatedEvent(rs.getString("slug"), rs.getString("title"), SqlRows.honestDate(rs)))
                .list();
    }
}
