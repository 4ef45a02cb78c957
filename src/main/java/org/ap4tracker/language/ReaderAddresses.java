package org.ap4tracker.language;

import java.util.List;

/**
 * Which addresses are pages for readers, the only ones that speak the reader's language. Everything else, the
 * JSON API, its documentation, feeds, calendar, CSV, share images and static assets, is content-centric, answers
 * the same to everyone (so shared caches may keep it) and takes no language prefix. A page is a path whose last
 * segment has no file extension, outside those areas.
 */
final class ReaderAddresses {

    private static final List<String> NOT_PAGES = List.of("/api/", "/v3/", "/assets/", "/actuator/", "/swagger-ui",
            "/webauthn/", "/login/webauthn");

    private ReaderAddresses() {
    }

    /** What answers in the language a {@code lang} parameter asks for, though it is not a page. */
    private static final List<String> IN_A_LANGUAGE = List.of(".atom", ".json", ".ics", ".csv", ".bib");

    /**
     * Whether a context-relative path that is not a page answers in the language its {@code lang} parameter names:
     * the JSON API's reads, the feeds, calendar, CSV and TimelineJS exports, and the citation files.
     */
    static boolean answersInLanguage(String path) {
        if (path.startsWith("/api/v1/")) {
            return true;
        }
        if (!path.startsWith("/") || NOT_PAGES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        return IN_A_LANGUAGE.stream().anyMatch(path::endsWith);
    }

    /** Whether a context-relative path ({@code /events/x}, without query) is a page. */
    static boolean isPage(String path) {
        if (!path.startsWith("/") || NOT_PAGES.stream().anyMatch(path::startsWith) || path.equals("/actuator")) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }
}
