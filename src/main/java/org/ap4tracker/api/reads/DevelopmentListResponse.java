package org.ap4tracker.api.reads;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "DevelopmentList", description = "Every storyline, the most recently moved first.")
record DevelopmentListResponse(List<DevelopmentResponse> developments) {
}
