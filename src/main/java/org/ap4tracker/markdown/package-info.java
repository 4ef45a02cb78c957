/** Markdown to HTML that is safe to put on any page. */
@org.jspecify.annotations.NullMarked
package org.ap4tracker.markdown;
