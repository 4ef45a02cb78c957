package org.ap4tracker.api.writes;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.api.reads.HonestDateResponse;
import org.ap4tracker.events.DeskEvent;
import org.ap4tracker.events.EventStatus;
import org.ap4tracker.events.EventType;

// Deliberate parallel of api.reads' EventSummaryResponse at its start: the desk's list is its own schema, free
// to differ from the public one.
@Schema(name = "DeskEvent", description = "An event in any state, as the editors' list shows it.")
record DeskEventResponse(
        @Schema(example = "2023-07-12-nato-japan-itpp-agreed") String slug,
        String title,
        EventStatus status,
        EventType type,
        HonestDateResponse date,
        @Schema(description = "When the event's record last changed.") Instant updatedAt,
        @Schema(description = "Who changed it last.", example = "editor") String updatedBy,
        @Schema(description = "The event in this API; editors get it in full there.", format = "uri") String url) {

    static DeskEventResponse of(DeskEvent event, org.ap4tracker.events.HonestDateFormat dates, ApiLinks links) {
        return new DeskEventResponse(event.slug(), event.title(), event.status(), event.type(),
                HonestDateResponse.of(event.date(), dates), event.updatedAt(), event.updatedBy(),
                links.event(event.slug()));
    }
}
