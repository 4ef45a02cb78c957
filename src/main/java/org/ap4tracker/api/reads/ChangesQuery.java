package org.ap4tracker.api.reads;

import java.util.Set;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.events.ChangeCursor;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.system.QueryRecord;
import org.jspecify.annotations.Nullable;

/** The query string of {@code GET /api/v1/changes}. */
@QueryRecord
public record ChangesQuery(
        @Parameter(description = """
                Resume after this position: the cursor from the previous response. Leave it out to read the log \
                from the start, which lists everything public today.""")
        @Nullable String since,
        @Parameter(description = "Entries per page.",
                schema = @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "100"))
        @Nullable String limit) {

    static final int DEFAULT_LIMIT = 100;

    public static final Set<String> PARAMETERS = Set.of("since", "limit");

    @Nullable ChangeCursor position() {
        return QueryValues.present(since).map(ChangeCursor::parse).orElse(null);
    }

    int pageSize() {
        return QueryValues.integer(limit, 1, EventCatalog.MAX_CHANGES_PAGE_SIZE).orElse(DEFAULT_LIMIT);
    }

    /** The call that continues from {@code cursor}; the first call again while the log is empty. */
    String continuedFrom(@Nullable ChangeCursor cursor, ApiLinks links) {
        var url = links.apiBuilder("/changes");
        if (cursor != null) {
            url.queryParam("since", cursor.token());
        }
        url.queryParamIfPresent("limit", QueryValues.present(limit));
        return url.toUriString();
    }
}
