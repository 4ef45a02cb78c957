package org.ap4tracker.system;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A response that declared itself public and then failed must not be kept by any cache. */
class ErrorResponsesNotCachedTests {

    final ErrorResponsesNotCached filter = new ErrorResponsesNotCached();

    @Test
    void aFeedThatFailsAfterDeclaringItselfPublicLeavesAsNoStore() throws Exception {
        MockHttpServletResponse response = run(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
                response.setHeader("Cache-Control", "max-age=300, public");
                response.sendError(500);
            }
        });
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void anErrorStatusSetBeforeTheCachingHeaderStillWins() throws Exception {
        MockHttpServletResponse response = run(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                response.setStatus(404);
                response.addHeader("Cache-Control", "max-age=60, public");
            }
        });
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aSuccessfulResponseKeepsItsCaching() throws Exception {
        MockHttpServletResponse response = run(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                response.setHeader("Cache-Control", "max-age=300, public");
                response.setStatus(200);
            }
        });
        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=300, public");
    }

    private MockHttpServletResponse run(HttpServlet servlet) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/feed.atom"), response, new MockFilterChain(servlet));
        return response;
    }
}
