/**
 * The tracker's domain: events, the storylines (developments) they belong to, the actors and topics they
 * involve, their sources and attributed statements. Other modules use {@link org.ap4tracker.events.EventCatalog}
 * and the read models next to it; entities and queries stay in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "system"})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.events;
