package org.ap4tracker.events;

import java.time.Clock;
import java.util.List;

import org.ap4tracker.audit.AuditLog;
import org.ap4tracker.audit.Auditor;
import org.ap4tracker.events.internal.AssessmentQueries;
import org.ap4tracker.events.internal.Development;
import org.ap4tracker.events.internal.DevelopmentRepository;
import org.ap4tracker.events.internal.EventRevisions;
import org.ap4tracker.system.ReadsOnOneConnection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' assessments of each storyline's status. Recording one is a revision of the storyline whose note
 * is the rationale; when it is the latest, it also sets the storyline's status, so the status never speaks
 * without a dated, sourced assessment behind it.
 */
@Service
@Transactional
public class StorylineAssessments {

    private final AssessmentQueries assessments;
    private final DevelopmentRepository developments;
    private final EventRevisions revisions;
    private final AuditLog auditLog;
    private final Auditor auditor;
    private final Clock clock;

    StorylineAssessments(AssessmentQueries assessments, DevelopmentRepository developments, EventRevisions revisions,
            AuditLog auditLog, Auditor auditor, Clock clock) {
        this.assessments = assessments;
        this.developments = developments;
        this.revisions = revisions;
        this.auditLog = auditLog;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** A storyline's assessments, oldest first; empty for one never assessed or unknown. */
    @ReadsOnOneConnection
    public List<StatusAssessment> of(String developmentSlug) {
        return assessments.of(developmentSlug);
    }

    /** Records an editor's assessment of a storyline. The input has passed its Bean Validation rules. */
    public void record(String developmentSlug, AssessmentInput input) {
        Development development = developments.findBySlug(developmentSlug)
                .orElseThrow(() -> new ReferenceDataNotFoundException("storyline", developmentSlug));
        List<StatusAssessment.Source> sources = input.sourceList();
        if (sources.isEmpty()) {
            throw InvalidReferenceDataException.of("sources", "assessment.sources.required");
        }
        StatusAssessment assessment = new StatusAssessment(require(input.status()), require(input.assessedOn()),
                require(input.rationale()).strip(), sources);
        boolean latest = assessments.add(ReferenceDataEditor.idOf(development), assessment, auditor.username(),
                clock.instant());
        // Always a revision, even when the status stays: the storyline changed as readers see it, and its time of
        // last change (which the API's Last-Modified and ETags follow) must move.
        revisions.describeCurrent("EDITED", assessment.rationale());
        development.revise(development.getTitle(), development.getDescription(),
                latest ? assessment.status() : development.getStatus(), clock.instant());
        developments.flush();
        auditLog.record("DEVELOPMENT_ASSESSED", "development", developmentSlug,
                assessment.status() + " on " + assessment.assessedOn());
    }

    private static <T> T require(@org.jspecify.annotations.Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException("An assessment input that passed validation has every field");
        }
        return value;
    }
}
