package org.ap4tracker.responsecache;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a cached response depends on: the public version, the day (an event's citation says "accessed" today),
 * the site's origin as its links give it (they follow the request's host while no public URL is set), the locale pages
 * are written in, and the path with its query in a normal order.
 */
record ResponseKey(long version, LocalDate day, String origin, Locale locale, String path, String query) {
}
