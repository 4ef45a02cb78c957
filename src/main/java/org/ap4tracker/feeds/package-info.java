/**
 * The timeline in other formats: Atom, JSON Feed, iCalendar, CSV and TimelineJS3 JSON, each taking the
 * timeline page's own query string.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"events", "images", "system", "timeline :: query"})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.feeds;
