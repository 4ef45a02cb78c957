/**
 * The public JSON API under {@code /api/v1}: events, storylines, actors and topics, and a change log to mirror
 * them by. Responses are records of this package, made from the events module's read models, so the JSON
 * stays stable when the domain changes. Every error under {@code /api/} is RFC 9457 problem JSON.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts :: tokens", "events", "system"})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.api;
