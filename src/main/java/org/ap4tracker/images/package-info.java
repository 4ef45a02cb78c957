/**
 * Pictures of events: the desk's upload form, cleaning (type checked by content, size and pixel limits,
 * every metadata block dropped by encoding the pixels anew), resized variants, the bytes kept in PostgreSQL,
 * and serving them under addresses named by their content. Which pictures an event shows, with their alt
 * text and credits, is part of the event itself ({@code events}), so its history and workflow cover them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"events", "system"})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.images;
