/**
 * The public changelog: which events were published, corrected, withdrawn or taken down, and when, with the
 * editor's note, as a page ({@code /changes}) and an Atom feed ({@code /changes.atom}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"events", "system"})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.changelog;
