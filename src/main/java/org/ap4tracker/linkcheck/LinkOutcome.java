package org.ap4tracker.linkcheck;

/**
 * What one check of an address found: OK (2xx), MOVED (2xx after redirects to another address), NOT_FOUND (404
 * or 410: the page is gone), FAILING (another status, a timeout or no connection: may pass), BLOCKED (robots.txt
 * asks not to fetch it, or could not be read).
 */
enum LinkOutcome {
    OK, MOVED, NOT_FOUND, FAILING, BLOCKED
}
