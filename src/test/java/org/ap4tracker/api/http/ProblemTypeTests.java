package org.ap4tracker.api.http;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypeTests {

    @Test
    void aStatusKnownFromNothingElseGetsOnlyAGeneralKind() {
        assertThat(ProblemType.forStatus(400)).contains(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(404)).contains(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(413)).contains(ProblemType.CONTENT_TOO_LARGE);
        assertThat(ProblemType.forStatus(415)).contains(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ProblemType.forStatus(503)).contains(ProblemType.SERVER_ERROR);
        // A 403, 409 or 410 from elsewhere is not a rejected cross-origin request, a conflict with an event or
        // a withdrawn event; a 412 or 422 from elsewhere names no precondition or event.
        assertThat(ProblemType.forStatus(403)).isEmpty();
        assertThat(ProblemType.forStatus(409)).isEmpty();
        assertThat(ProblemType.forStatus(410)).isEmpty();
        assertThat(ProblemType.forStatus(412)).isEmpty();
        assertThat(ProblemType.forStatus(422)).isEmpty();
    }

    @Test
    void everyKindHasItsOwnStableAddress() {
        assertThat(java.util.Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct())
                .hasSize(ProblemType.values().length)
                .allMatch(uri -> uri.matches("https://ap4tracker\\.org/problems/[a-z]+(-[a-z]+)*"));
    }

    @Test
    void anyOtherStatusIsAboutBlankWithItsReasonPhrase() {
        ProblemDetail headersTooLarge = ApiProblems.forStatus(431, null, "/api/v1/events");

        assertThat(headersTooLarge.getType().toString()).isEqualTo("about:blank");
        assertThat(headersTooLarge.getTitle()).isEqualTo("Request Header Fields Too Large");
        assertThat(headersTooLarge.getStatus()).isEqualTo(431);
        assertThat(headersTooLarge.getInstance().toString()).isEqualTo("/api/v1/events");
    }
}
