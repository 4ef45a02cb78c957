package org.ap4tracker.support;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: the one Chromium and the running server's addresses. A reader's tests extend it
 * as they are; the desk's extend {@link DeskInChromium}, which adds accounts and signing in. A subclass is a
 * {@link TrackerIntegrationTest} and a {@link BrowserTest}.
 */
public abstract class ReaderInChromium {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void useTheSharedChromium(Browser shared) {
        browser = shared;
    }

    /** The address of a path on the server under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
