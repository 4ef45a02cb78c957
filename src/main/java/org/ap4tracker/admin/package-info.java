/**
 * The editorial desk under {@code /admin}: dashboard, the event list with drafts, the event form with its
 * lifecycle (publish, unpublish, withdraw), history with restore, and the reference data (storylines,
 * actors, topics). Controllers bind to form records and call the {@code events} module's services.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"events", "markdown", "system", "timeline :: preview"})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.admin;
