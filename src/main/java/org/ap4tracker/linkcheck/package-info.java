/**
 * Living links: a scheduled checker fetches every address the published events cite, politely (its own
 * User-Agent, robots.txt, one request per host at a time and no faster than the configured interval), and
 * records each answer in the link history that the events module reads.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"events", "storage"})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.linkcheck;
