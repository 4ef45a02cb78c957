package org.ap4tracker.api.reads;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.api.http.ApiLinks;
import org.ap4tracker.events.TopicRef;

@Schema(name = "Topic", description = "A subject events are filed under.")
record TopicResponse(
        @Schema(description = "Use it in the topic filter.", example = "cyber-defence") String slug,
        @Schema(example = "Cyber defence") String label,
        @Schema(description = "The events filed under this topic.", format = "uri") String eventsUrl) {

    static TopicResponse of(TopicRef topic, ApiLinks links) {
        return new TopicResponse(topic.slug(), topic.label(),
                links.apiBuilder("/events").queryParam("topic", topic.slug()).toUriString());
    }
}
