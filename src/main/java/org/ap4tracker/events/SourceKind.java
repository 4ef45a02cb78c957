package org.ap4tracker.events;

/**
 * What kind of text a source is, so that readers can weigh it: an official document, statement or transcript;
 * a news report; research or analysis; or an opinion piece.
 */
public enum SourceKind {
    OFFICIAL, NEWS, ANALYSIS, OPINION
}
