/**
 * The public JSON API under {@code /api/v1}: events, storylines, actors and topics, and a change log to mirror
 * them by. Responses are records of {@code api.reads}, made from the events module's read models, so the JSON
 * stays stable when the domain changes. Every error under {@code /api/} is RFC 9457 problem JSON.
 * <p>
 * Three sub-packages, all internal to this module: {@code reads} (the public read controllers, their queries
 * and the response records), {@code writes} (event writes, their request bodies, idempotent creates, the write
 * quota, the desk's list) and {@code http} (what both share: problems, security, JSON and OpenAPI set-up, links).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts :: tokens", "events", "system"})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.api;
