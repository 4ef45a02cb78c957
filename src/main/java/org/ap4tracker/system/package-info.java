/** Cross-cutting web set-up: security headers, static pages, error pages. */
@org.jspecify.annotations.NullMarked
package org.ap4tracker.system;
