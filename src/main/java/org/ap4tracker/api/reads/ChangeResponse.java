package org.ap4tracker.api.reads;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.events.ChangeKind;
import org.ap4tracker.events.EventChange;
import org.jspecify.annotations.Nullable;

@Schema(name = "Change", description = """
        One entry of the change log. PUBLISHED: an event appeared at this slug (fetch url). UPDATED: it changed \
        (fetch url). WITHDRAWN: it was withdrawn; its url answers 410 with the reason, given here too. REMOVED: \
        nothing is public at this slug any more (unpublished, deleted, or moved to another slug).""")
record ChangeResponse(
        ChangeKind kind,
        @Schema(example = "2023-07-12-nato-japan-itpp-agreed") String slug,
        @Schema(description = "When the change was made.") Instant at,
        @Schema(description = "The event's version after the change.") long version,
        @Schema(description = "The event in this API; null for REMOVED.", types = {"string", "null"}, format = "uri")
        @Nullable String url,
        @Schema(description = "The public reason, for WITHDRAWN only.", types = {"string", "null"})
        @Nullable String reason) {

    static ChangeResponse of(EventChange change, ApiLinks links) {
        return new ChangeResponse(change.kind(), change.slug(), change.at(), change.version(),
                change.kind() == ChangeKind.REMOVED ? null : links.event(change.slug()), change.withdrawnReason());
    }
}
