package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/** What readers are told about a picture: the text that replaces it, and its caption, credit and licence. */
public record PictureDescription(String alt, @Nullable String caption, String credit, @Nullable String licence) {
}
