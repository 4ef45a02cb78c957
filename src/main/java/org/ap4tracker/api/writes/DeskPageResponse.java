package org.ap4tracker.api.writes;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(name = "DeskPage", description = "One page of the editors' list of events, most recently changed first.")
record DeskPageResponse(
        List<DeskEventResponse> events,
        @Schema(description = "The next page, or null on the last one.", types = {"string", "null"}, format = "uri")
        @Nullable String next) {
}
