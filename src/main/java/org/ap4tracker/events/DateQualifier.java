package org.ap4tracker.events;

/**
 * How an event's date relates to the period it names. EARLY, MID and LATE name part of a month or a year;
 * BEFORE and AFTER say the event happened outside the period, on the side given.
 */
public enum DateQualifier {
    EXACT, CIRCA, EARLY, MID, LATE, BEFORE, AFTER;

    public boolean namesPartOfPeriod() {
        return this == EARLY || this == MID || this == LATE;
    }

    public boolean allowsRange() {
        return this == EXACT || this == CIRCA;
    }
}
