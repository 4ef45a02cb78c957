package org.ap4tracker.events;

/** An actor as pages and feeds show it: its code, name, and whether it is one of NATO's Asia-Pacific partners. */
public record ActorRef(String code, String name, ActorKind kind, boolean asiaPacificPartner) {
}
