package org.ap4tracker.events;

/** What kind of development an event is. */
public enum EventType {
    SUMMIT, MEETING, AGREEMENT, OFFICE, STATEMENT, EXERCISE, POLICY, INCIDENT, REPORT
}
