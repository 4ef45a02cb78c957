package org.ap4tracker.events;

/** The position an attributed statement takes towards the development it comments on. */
public enum Stance {
    SUPPORTIVE, CRITICAL, NEUTRAL, MIXED
}
