package org.ap4tracker.system;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Link;

/** The small parts every Atom feed here builds with Rome's bean model, which has setters but no constructors. */
public final class AtomParts {

    private AtomParts() {
    }

    /** Plain text, which Rome escapes; characters XML cannot carry are shown as U+FFFD. */
    public static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(xml(value));
        return content;
    }

    /**
     * Text as XML 1.0 can carry it. Rome (through JDOM) refuses to write a control character at all, so a value
     * stored before the text rule held would otherwise take the whole feed down.
     */
    public static String xml(String value) {
        return PlainText.visible(value);
    }

    public static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
