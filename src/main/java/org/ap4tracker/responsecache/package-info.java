/**
 * Anonymous readers' pages and public API reads kept as rendered bytes, keyed by the request and by the public
 * version (a counter in the database that every committed public change bumps), so a repeated read costs one
 * cheap statement and a copy, on every instance, and never outlives a publication.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "system")
@org.jspecify.annotations.NullMarked
package org.ap4tracker.responsecache;
