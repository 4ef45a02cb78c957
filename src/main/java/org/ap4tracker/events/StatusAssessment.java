package org.ap4tracker.events;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of a storyline: the editors' dated assessment of its status, why, and on what sources ("Editors'
 * assessment, 12 July 2023: stalled — not in the Vilnius communiqué; France opposed"). A storyline's status is
 * that of its latest assessment.
 */
public record StatusAssessment(DevelopmentStatus status, LocalDate assessedOn, String rationale,
        List<Source> sources) {

    /** A source an assessment rests on: its address and how to name it. */
    public record Source(String url, String title) {
    }
}
