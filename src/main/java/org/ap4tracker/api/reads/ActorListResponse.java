package org.ap4tracker.api.reads;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "ActorList", description = "Every actor: NATO first, then the Asia-Pacific partners, then the rest, each by name.")
record ActorListResponse(List<ActorResponse> actors) {
}
