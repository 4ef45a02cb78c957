package org.ap4tracker.api.reads;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.events.DevelopmentStatus;
import org.ap4tracker.events.DevelopmentSummary;
import org.ap4tracker.events.HonestDateFormat;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.StatusAssessment;
import org.jspecify.annotations.Nullable;

@Schema(name = "Development", description = "A storyline: a development followed through its events (milestones).")
record DevelopmentResponse(
        @Schema(example = "tokyo-liaison-office") String slug,
        @Schema(example = "NATO liaison office in Tokyo") String title,
        String description,
        @Schema(description = "Where the storyline stands.") DevelopmentStatus status,
        @Schema(description = "Published milestones, counted up to 1000.") int milestoneCount,
        @Schema(description = "Whether there are 1000 milestones or more, more than were counted.")
        boolean milestoneCountCapped,
        @Schema(description = "The date of the latest milestone, when the storyline last moved; null without one.",
                nullable = true)
        @Nullable HonestDateResponse lastMoved,
        @Schema(description = "This storyline in the API.", format = "uri") String url,
        @Schema(description = "Its milestones, oldest first, as an event list.", format = "uri") String eventsUrl,
        @Schema(description = "The storyline's page on the site.", format = "uri") String pageUrl,
        @Schema(description = """
                The editors' dated assessments of its status, oldest first; the last is the current status. Only \
                in a single storyline's response; null in the list.""", types = {"array", "null"})
        @Nullable List<AssessmentResponse> assessments,
        @Schema(description = """
                The language of the title: the one asked for (lang, Accept-Language) where the storyline is \
                translated into it, else en, the original.""", allowableValues = {"en", "ja", "ko"}) String language,
        @Schema(description = """
                The language of the description: the title's, or en where the translation leaves the description \
                to the original.""", allowableValues = {"en", "ja", "ko"}) String descriptionLanguage) {

    @Schema(name = "StatusAssessment", description = "The editors' assessment of a storyline's status on a day.")
    record AssessmentResponse(DevelopmentStatus status, LocalDate assessedOn, String rationale,
            List<StatusAssessment.Source> sources) {

        static AssessmentResponse of(StatusAssessment assessment) {
            return new AssessmentResponse(assessment.status(), assessment.assessedOn(), assessment.rationale(),
                    assessment.sources());
        }
    }

    static DevelopmentResponse of(DevelopmentSummary development, HonestDateFormat dates, ApiLinks links) {
        return of(development, dates, links, null);
    }

    static DevelopmentResponse of(DevelopmentSummary development, HonestDateFormat dates, ApiLinks links,
            @Nullable List<StatusAssessment> assessments) {
        return new DevelopmentResponse(development.slug(), development.title(), development.description(),
                development.status(), development.milestoneCount(), development.milestoneCountCapped(),
                development.lastMoved() == null ? null : HonestDateResponse.of(development.lastMoved(), dates),
                links.development(development.slug()),
                links.apiBuilder("/events").queryParam("development", development.slug())
                        .queryParam("order", SortOrder.OLDEST).toUriString(),
                links.page("/developments/" + development.slug()),
                assessments == null ? null : assessments.stream().map(AssessmentResponse::of).toList(),
                development.language(), development.descriptionLanguage());
    }
}
