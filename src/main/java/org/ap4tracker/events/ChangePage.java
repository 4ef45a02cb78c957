package org.ap4tracker.events;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Entries of the change log after a position, oldest first, and where to resume: after the last entry listed,
 * or where the reader already was when there was nothing new. {@code resumeFrom} is null only while the log
 * is empty. {@code more} says whether further entries are ready now.
 */
public record ChangePage(List<EventChange> changes, @Nullable ChangeCursor resumeFrom, boolean more) {
}
