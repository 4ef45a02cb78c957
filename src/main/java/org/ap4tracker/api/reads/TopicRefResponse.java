package org.ap4tracker.api.reads;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.events.TopicRef;

@Schema(name = "TopicRef", description = "A topic an event is filed under.")
record TopicRefResponse(
        @Schema(example = "cyber-defence") String slug,
        @Schema(example = "Cyber defence") String label,
        @Schema(description = "The language of the label: the one asked for where translated, else en.",
                allowableValues = {"en", "ja", "ko"}) String language) {

    static TopicRefResponse of(TopicRef topic) {
        return new TopicRefResponse(topic.slug(), topic.label(), topic.language());
    }
}
