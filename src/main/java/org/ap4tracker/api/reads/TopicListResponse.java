package org.ap4tracker.api.reads;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "TopicList", description = "Every topic, by label.")
record TopicListResponse(List<TopicResponse> topics) {
}
