/** Cross-cutting web set-up: security headers, static pages, error pages. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.system;
