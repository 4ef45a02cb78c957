package org.ap4tracker.system;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Link;

/** The small parts every Atom feed here builds with Rome's bean model, which has setters but no constructors. */
public final class AtomParts {

    private AtomParts() {
    }

    /** Plain text, which Rome escapes. */
    public static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    public static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
