package org.ap4tracker.system;

import java.io.IOException;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A client hanging up mid-response leaves one line at DEBUG in the log, not a stack trace at ERROR; a real
 * failure still reaches the error handling.
 */
@ExtendWith(OutputCaptureExtension.class)
class DisconnectedClientsTests {

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    private final DisconnectedClients filter = new DisconnectedClients();

    @BeforeEach
    void showDebug() {
        logging.setLogLevel(DisconnectedClients.LOGGER, LogLevel.DEBUG);
    }

    @AfterEach
    void restore() {
        logging.setLogLevel(DisconnectedClients.LOGGER, null);
    }

    @Test
    void aReaderWhoHangsUpWhileAFeedIsWrittenIsOneDebugLine(CapturedOutput output) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/feed.atom");

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            throw new ClientAbortException(new IOException("Broken pipe"));
        });

        assertThat(output.getAll().lines().filter(line -> line.contains(DisconnectedClients.LOGGER.substring(0, 20))
                || line.contains("DisconnectedClients"))).singleElement().asString().contains("DEBUG");
        assertThat(output.getAll()).doesNotContain("ERROR", "\tat ");
    }

    @Test
    void aResponseSpringFoundUnusableIsOneDebugLineToo(CapturedOutput output) throws Exception {
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/events"), new MockHttpServletResponse(),
                (req, res) -> {
                    throw new AsyncRequestNotUsableException("Response not usable after response errors.");
                });

        assertThat(output.getAll()).contains("DEBUG").doesNotContain("ERROR", "\tat ");
    }

    @Test
    void anyOtherFailureStillReachesTheErrorHandling() {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                (req, res) -> {
                    throw new IllegalStateException("a real bug");
                })).isInstanceOf(IllegalStateException.class).hasMessage("a real bug");
    }
}
