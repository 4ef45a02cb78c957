package org.ap4tracker.events.internal;

import java.util.List;
import java.util.Optional;

import org.ap4tracker.events.DevelopmentStatus;
import org.ap4tracker.events.DevelopmentSummary;
import org.ap4tracker.events.HonestDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Storylines with their milestone count and latest milestone, in one statement. Counting stops at
 * {@link DevelopmentSummary#MILESTONE_COUNT_CAP} so that a storyline with a vast number of events costs no
 * more than one with a thousand.
 */
@Repository
public class DevelopmentQueries {

    private static final String SUMMARIES = """
            select d.slug, coalesce(dtr.title, d.title) as title,
                   coalesce(nullif(btrim(dtr.description), ''), d.description) as description,
                   coalesce(dtr.lang, 'en') as language,
                   case when btrim(dtr.description) <> '' then dtr.lang else 'en' end as description_language, d.status, coalesce(m.milestones, 0) as milestones,
                   latest.start_date, latest.end_date, latest.date_precision, latest.date_qualifier
            from development d
            left join development_translation dtr on dtr.development_id = d.id and dtr.lang = :lang
            left join lateral (
                select count(*) as milestones from (
                    select 1 from event e where e.development_id = d.id and e.status = 'PUBLISHED'
                    limit %d) counted
            ) m on true
            left join lateral (
                select e.start_date, e.end_date, e.date_precision, e.date_qualifier
                from event e where e.development_id = d.id and e.status = 'PUBLISHED'
                order by e.sort_date desc, e.id desc limit 1
            ) latest on true
            """.formatted(DevelopmentSummary.MILESTONE_COUNT_CAP);

    private final JdbcClient jdbc;

    DevelopmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All storylines, the most recently moved first. */
    public List<DevelopmentSummary> all() {
        return jdbc.sql(SUMMARIES + " order by latest.start_date desc nulls last, d.title")
                .param("lang", ContentLanguage.current())
                .query((rs, n) -> summary(rs))
                .list();
    }

    public Optional<DevelopmentSummary> find(String slug) {
        return jdbc.sql(SUMMARIES + " where d.slug = :slug")
                .param("slug", slug)
                .param("lang", ContentLanguage.current())
                .query((rs, n) -> summary(rs))
                .optional();
    }

    private static DevelopmentSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        HonestDate lastMoved = rs.getObject("start_date") == null ? null : SqlRows.honestDate(rs);
        return new DevelopmentSummary(rs.getString("slug"), rs.getString("title"), rs.getString("description"),
                DevelopmentStatus.valueOf(rs.getString("status")), rs.getInt("milestones"), lastMoved,
                rs.getString("language"), rs.getString("description_language"));
    }
}
