package org.ap4tracker.events;

/** Where an event stands editorially: drafts are for editors; withdrawn events leave a public tombstone. */
public enum EventStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
