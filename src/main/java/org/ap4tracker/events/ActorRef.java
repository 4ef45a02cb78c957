package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/**
 * An actor as pages and feeds show it: its code, name, whether it is one of NATO's Asia-Pacific partners, and its
 * Wikidata item ({@code Q17} for Japan), when known; {@code language} is that of its name: the reader's where
 * translated, else {@code en}.
 */
public record ActorRef(String code, String name, ActorKind kind, boolean asiaPacificPartner,
        @Nullable String wikidataId, String language) {

    /** The Wikidata item's address, or null. */
    public @Nullable String wikidataUrl() {
        return wikidataId == null ? null : "https://www.wikidata.org/wiki/" + wikidataId;
    }
}
