package org.ap4tracker.system;

import java.util.List;

/** A module's links in the desk's navigation: one bean of this type per module with desk pages. */
public record DeskLinks(List<DeskLink> links) {

    public static DeskLinks of(DeskLink... links) {
        return new DeskLinks(List.of(links));
    }
}
