/**
 * The public, server-rendered side: the timeline, event pages, storylines, actors and the about page. Works
 * without JavaScript; every filter is a shareable URL.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"citation", "events", "images", "markdown", "system"})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.timeline;
