package org.ap4tracker.events.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ap4tracker.events.DevelopmentStatus;
import org.ap4tracker.events.StatusAssessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The editors' assessments of storylines: read oldest first, written one at a time. */
@Repository
public class AssessmentQueries {

    private final JdbcClient jdbc;

    AssessmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A storyline's assessments in the order they were made, with their sources: two statements. */
    public List<StatusAssessment> of(String developmentSlug) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select a.id, a.status, a.assessed_on, a.rationale
                from development_assessment a join development d on d.id = a.development_id
                where d.slug = :slug
                order by a.assessed_on, a.id
                """)
                .param("slug", developmentSlug)
                .query(rs -> {
                    rows.put(rs.getLong("id"), new Row(DevelopmentStatus.valueOf(rs.getString("status")),
                            SqlRows.localDate(rs, "assessed_on"), rs.getString("rationale"), new ArrayList<>()));
                });
        if (rows.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                select assessment_id, url, title from development_assessment_source
                where assessment_id in (:ids) order by assessment_id, position
                """)
                .param("ids", rows.keySet())
                .query(rs -> {
                    rows.get(rs.getLong("assessment_id")).sources()
                            .add(new StatusAssessment.Source(rs.getString("url"), rs.getString("title")));
                });
        return rows.values().stream()
                .map(row -> new StatusAssessment(row.status(), row.assessedOn(), row.rationale(), List.copyOf(row.sources())))
                .toList();
    }

    /** Records an assessment; returns whether it is now the storyline's latest (by date, then as recorded). */
    public boolean add(long developmentId, StatusAssessment assessment, String recordedBy, Instant now) {
        long id = jdbc.sql("""
                insert into development_assessment (development_id, status, assessed_on, rationale, recorded_at, recorded_by)
                values (:development, :status, :assessedOn, :rationale, :now, :by)
                returning id
                """)
                .param("development", developmentId).param("status", assessment.status().name())
                .param("assessedOn", assessment.assessedOn()).param("rationale", assessment.rationale())
                .param("now", java.sql.Timestamp.from(now)).param("by", recordedBy)
                .query(Long.class).single();
        for (int i = 0; i < assessment.sources().size(); i++) {
            StatusAssessment.Source source = assessment.sources().get(i);
            jdbc.sql("""
                    insert into development_assessment_source (assessment_id, position, url, title)
                    values (:id, :position, :url, :title)
                    """)
                    .param("id", id).param("position", i).param("url", source.url()).param("title", source.title())
                    .update();
        }
        return !jdbc.sql("""
                select exists (select 1 from development_assessment
                               where development_id = :development and (assessed_on, id) > (:assessedOn, :id))
                """)
                .param("development", developmentId).param("assessedOn", assessment.assessedOn()).param("id", id)
                .query(Boolean.class).single();
    }

    private record Row(DevelopmentStatus status, LocalDate assessedOn, String rationale,
            List<StatusAssessment.Source> sources) {
    }
}
