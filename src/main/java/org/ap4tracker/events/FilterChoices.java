package org.ap4tracker.events;

import java.util.List;

/**
 * What the timeline's filters offer, in the reader's language: the actors (NATO first, then the Asia-Pacific
 * partners, then everyone else), the topics and the storylines, each as {@link EventCatalog#actors()},
 * {@link EventCatalog#topics()} and {@link EventCatalog#developmentChoices()} list them.
 */
public record FilterChoices(List<ActorRef> actors, List<TopicRef> topics, List<DevelopmentRef> storylines) {

    public FilterChoices {
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
        storylines = List.copyOf(storylines);
    }
}
