package org.ap4tracker.timeline;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embeddable timeline ({@code /embed}).
 *
 * @param frameAncestors the sites that may frame it, as sources of the content security policy's
 *        {@code frame-ancestors} ({@code AP4_EMBED_FRAME_ANCESTORS}); {@code *}, any site, unless set
 */
@ConfigurationProperties("ap4.embed")
record EmbedProperties(@Nullable String frameAncestors) {

    EmbedProperties {
        frameAncestors = frameAncestors != null ? frameAncestors : "*";
    }
}
