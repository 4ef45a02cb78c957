/** Persistence of the events module: JPA entities for writes, SQL projections for reads. */
@org.jspecify.annotations.NullMarked
package org.ap4tracker.events.internal;
