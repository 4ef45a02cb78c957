package org.ap4tracker.api.reads;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.events.DevelopmentRef;

@Schema(name = "DevelopmentRef", description = "The storyline an event belongs to.")
record DevelopmentRefResponse(
        @Schema(example = "tokyo-liaison-office") String slug,
        @Schema(example = "NATO liaison office in Tokyo") String title,
        @Schema(description = "The storyline in this API.", format = "uri") String url) {

    static DevelopmentRefResponse of(DevelopmentRef development, ApiLinks links) {
        return new DevelopmentRefResponse(development.slug(), development.title(), links.development(development.slug()));
    }
}
