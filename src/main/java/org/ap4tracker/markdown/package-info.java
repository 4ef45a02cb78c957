/** Markdown to HTML that is safe to put on any page. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.markdown;
