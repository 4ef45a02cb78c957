package org.ap4tracker.events;

/** How much of an event's date is known: the day, only the month, or only the year. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
