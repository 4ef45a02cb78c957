package org.ap4tracker.api.reads;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(name = "EventPage", description = "One page of published events in timeline order.")
record EventPageResponse(
        List<EventSummaryResponse> events,
        @Schema(description = """
                The next page, with the same filters and an opaque cursor; null on the last page. Also sent as \
                an RFC 8288 Link header with rel="next".""", types = {"string", "null"}, format = "uri")
        @Nullable String next) {
}
