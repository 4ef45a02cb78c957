/**
 * "Cite this" for event pages: one event as a plain-text reference, a BibTeX entry and a CSL-JSON item, built
 * from the event's title, its permanent address, when it was last updated and the day it is read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"events", "system"})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.citation;
