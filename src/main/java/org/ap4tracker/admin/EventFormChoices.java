package org.ap4tracker.admin;

import java.util.List;

import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.DevelopmentRef;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.SourceDirectory;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.Stance;
import org.ap4tracker.events.TopicRef;

/** The choices the event form offers: reference data from the database and the domain's enumerations. */
record EventFormChoices(List<ActorRef> actors, List<TopicRef> topics, List<DevelopmentRef> developments,
        EventType[] types, DatePrecision[] precisions, DateQualifier[] qualifiers, Stance[] stances,
        SourceKind[] sourceKinds, List<String> publishers) {

    static EventFormChoices from(EventCatalog catalog, SourceDirectory sources) {
        return new EventFormChoices(catalog.actors(), catalog.topics(), catalog.developmentChoices(),
                EventType.values(), DatePrecision.values(), DateQualifier.values(), Stance.values(),
                SourceKind.values(), sources.publisherNames());
    }
}
