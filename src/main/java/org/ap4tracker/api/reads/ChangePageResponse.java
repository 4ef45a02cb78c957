package org.ap4tracker.api.reads;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(name = "ChangePage", description = "Entries of the change log, oldest first.")
record ChangePageResponse(
        List<ChangeResponse> changes,
        @Schema(description = """
                Where to resume: pass it as since= on the next call. Opaque. Null only while the log is empty.""",
                types = {"string", "null"})
        @Nullable String cursor,
        @Schema(description = "Whether more entries are ready now; when false, poll next later.") boolean hasMore,
        @Schema(description = "The call that continues after this page.", format = "uri") String next) {
}
