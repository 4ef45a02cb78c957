package org.ap4tracker.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypeTests {

    @Test
    void aStatusKnownFromNothingElseGetsOnlyAGeneralKind() {
        assertThat(ProblemType.forStatus(400)).contains(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(404)).contains(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(503)).contains(ProblemType.SERVER_ERROR);
        // A 403 or 410 from elsewhere is not a rejected cross-origin request or a withdrawn event.
        assertThat(ProblemType.forStatus(403)).isEmpty();
        assertThat(ProblemType.forStatus(410)).isEmpty();
    }

    @Test
    void anyOtherStatusIsAboutBlankWithItsReasonPhrase() {
        Problem tooLarge = ApiProblems.forStatus(413, null, "/api/v1/events");

        assertThat(tooLarge.type()).isEqualTo("about:blank");
        assertThat(tooLarge.title()).isEqualTo("Content Too Large");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.instance()).isEqualTo("/api/v1/events");
    }
}
