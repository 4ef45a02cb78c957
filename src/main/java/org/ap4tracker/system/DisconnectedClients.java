package org.ap4tracker.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * A reader who closes the tab or a feed reader that hangs up while a response is being written is nobody's
 * error: nothing can be answered to them any more, and a stack trace at ERROR for each would bury the real
 * failures. Outermost of all filters, this recognises such failures (Tomcat's ClientAbortException, Spring's
 * AsyncRequestNotUsableException, a broken pipe or a reset connection, as Spring's
 * {@link DisconnectedClientHelper} knows them) and logs each as one line at DEBUG; anything else passes on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DisconnectedClients extends OncePerRequestFilter {

    /** The logger that tells of clients gone away: DEBUG for one line each, TRACE for their stack traces. */
    public static final String LOGGER = "org.ap4tracker.system.DisconnectedClients";

    private static final DisconnectedClientHelper helper = new DisconnectedClientHelper(LOGGER);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (IOException | ServletException | RuntimeException failure) {
            if (!loggedIfDisconnected(failure)) {
                throw failure;
            }
        }
    }

    /**
     * Whether {@code failure}, or what caused it, is a client gone away; if so it has been logged at DEBUG.
     * Used as well by the handlers that would otherwise log every failure as a server error.
     */
    public static boolean loggedIfDisconnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (DisconnectedClientHelper.isClientDisconnectedException(cause)) {
                return helper.checkAndLogClientDisconnectedException(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
