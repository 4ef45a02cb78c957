package org.ap4tracker.api.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The OpenAPI description of the API's problems: RFC 9457 problem details, sent as
 * {@code application/problem+json}. At run time they are Spring's {@link org.springframework.http.ProblemDetail}
 * (see {@link ApiProblemException}); this record only documents that shape, whose members beyond the standard
 * five appear only for the problems that have them. {@link FieldProblem} is the element of {@code errors}.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = """
                Identifies the kind of problem, stably: https://ap4tracker.org/problems/ followed by validation, \
                bad-request, malformed-body, authentication-required, forbidden, csrf-rejected, \
                cross-origin-rejected, not-found, method-not-allowed, not-acceptable, conflict, \
                idempotency-key-in-use, withdrawn, precondition-failed, content-too-large, \
                unsupported-media-type, invalid-event, idempotency-key-reused, precondition-required, \
                rate-limited or server-error; about:blank for any other status.""",
                format = "uri", example = "https://ap4tracker.org/problems/validation",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String type,
        @Schema(description = "A short summary of the kind of problem.", example = "Invalid request",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String title,
        @Schema(description = "The HTTP status code.", example = "400", requiredMode = Schema.RequiredMode.REQUIRED)
        int status,
        @Schema(description = "What went wrong this time, for people.",
                example = "The query has 1 error: limit must be less than or equal to 100.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String detail,
        @Schema(description = "The path that was requested.", format = "uri-reference", example = "/api/v1/events",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String instance,
        @Schema(description = "For validation problems: each parameter or body field that was wrong, and how.")
        @Nullable List<FieldProblem> errors,
        @Schema(description = "For a withdrawn event: the public reason it was withdrawn.")
        @Nullable String reason) {

    @Schema(name = "FieldProblem", description = "One parameter or body field that was wrong.")
    public record FieldProblem(
            @Schema(description = "The query parameter, header, or body field (as in sources[0].title).",
                    example = "limit", requiredMode = Schema.RequiredMode.REQUIRED)
            String field,
            @Schema(description = "What is wrong with it.", example = "must be less than or equal to 100",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String message) {
    }
}
