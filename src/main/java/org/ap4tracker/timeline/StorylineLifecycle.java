package org.ap4tracker.timeline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ap4tracker.events.DevelopmentHistory;
import org.ap4tracker.events.DevelopmentStatus;
import org.ap4tracker.events.DevelopmentSummary;
import org.ap4tracker.events.RevisionEntry;
import org.ap4tracker.events.StatusAssessment;

import org.springframework.stereotype.Component;

/**
 * A storyline's lifecycle as the page shows it: the editors' dated assessments where there are any. A
 * storyline without one (entered on the desk with a status but never assessed) falls back to what its history
 * holds: the status it was entered with (undated), then each status change on the day the desk recorded it,
 * and, when that does not date the current status, the current status as of its latest milestone.
 */
@Component
class StorylineLifecycle {

    private final DevelopmentHistory history;

    StorylineLifecycle(DevelopmentHistory history) {
        this.history = history;
    }

    List<LifecycleStep> steps(DevelopmentSummary storyline, List<StatusAssessment> assessed) {
        if (!assessed.isEmpty()) {
            return assessed.stream()
                    .map(assessment -> new LifecycleStep(assessment.status(), assessment.assessedOn(),
                            LifecycleStep.Basis.ASSESSED))
                    .toList();
        }
        List<LifecycleStep> steps = new ArrayList<>();
        history.of(storyline.slug()).stream()
                .sorted(Comparator.comparing(RevisionEntry::madeAt))
                .forEach(revision -> revision.changes().stream()
                        .filter(change -> change.field().equals("status") && change.after() != null)
                        .forEach(change -> steps.add(new LifecycleStep(DevelopmentStatus.valueOf(change.after()),
                                // The status a storyline was entered with was reached before it was entered.
                                change.before() == null ? null : LocalDate.ofInstant(revision.madeAt(), ZoneOffset.UTC),
                                LifecycleStep.Basis.RECORDED))));
        LifecycleStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        if (last == null || last.status() != storyline.status() || last.reachedOn() == null) {
            if (last != null && last.status() == storyline.status()) {
                steps.remove(steps.size() - 1);
            }
            steps.add(new LifecycleStep(storyline.status(),
                    storyline.lastMoved() == null ? null : storyline.lastMoved().start(),
                    LifecycleStep.Basis.LATEST_MILESTONE));
        }
        return steps;
    }
}
