/**
 * Cross-cutting web set-up: the public address, the clock and scheduling, the about page, error pages (the 404 of
 * {@link org.ap4tracker.system.NotFoundException}, errors never cached, readers who hang up kept out of the log),
 * input rules (plain text, query strings, desk uploads over the size limit), entity tags, alternate links, Atom
 * parts, flash messages; and the types through which each module contributes its own share of the site's
 * web surface: {@link org.ap4tracker.system.PageAccessRules} (who may open its pages) and
 * {@link org.ap4tracker.system.DeskLinks} (its links in the desk's navigation).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.system;
