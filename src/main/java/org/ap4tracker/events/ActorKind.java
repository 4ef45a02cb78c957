package org.ap4tracker.events;

/** What an actor is: the alliance itself, a state, or another organisation. */
public enum ActorKind {
    ALLIANCE, STATE, ORGANISATION
}
