package org.ap4tracker.admin.reference;

import org.ap4tracker.events.TranslatedName;

/**
 * Where a storyline's, actor's or topic's translation lives at the desk: one address shape for the three
 * ({@code /admin/topics/space/translations/ja}), whose first segment is the desk's own name for the kind. A lookup
 * rather than a registered converter: the segment names a kind only in these addresses.
 */
final class NamePaths {

    /** A translation's screen; the kind's segment is limited to the three, so other desk addresses never match. */
    static final String TRANSLATION = "/admin/{kind:developments|actors|topics}/{key}/translations/{lang}";

    /** The same address as a redirect, filled in from the request's own path variables. */
    static final String BACK_TO_TRANSLATION = "redirect:/admin/{kind}/{key}/translations/{lang}";

    private NamePaths() {
    }

    static TranslatedName kind(String segment) {
        return switch (segment) {
            case "developments" -> TranslatedName.STORYLINE;
            case "actors" -> TranslatedName.ACTOR;
            case "topics" -> TranslatedName.TOPIC;
            default -> throw new IllegalArgumentException("Not a translated kind: " + segment);
        };
    }

    static String segment(TranslatedName kind) {
        return switch (kind) {
            case STORYLINE -> "developments";
            case ACTOR -> "actors";
            case TOPIC -> "topics";
        };
    }
}
