package org.ap4tracker.timeline;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's absolute addresses, for what leaves the site: share cards and embed snippets. Every absolute
 * address the public pages give out is built here, so that the origin comes from one place.
 */
@Component
class PublicAddresses {

    /** The absolute address of a site path, which may carry an encoded query string. */
    String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
    }
}
