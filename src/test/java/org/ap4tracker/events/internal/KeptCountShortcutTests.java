package org.ap4tracker.events.internal;

import java.util.List;
import java.util.Set;

import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.SortOrder;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list or overview of a filter combining an actor and a topic first asks the kept counts whether anything
 * matches at all, so that a common actor with a topic it never has does not walk every event of the actor.
 * For every actor and topic of the seed, the list shows exactly the published events that have both, so the
 * shortcut never hides an event nor lets one through.
 */
@TrackerIntegrationTest
class KeptCountShortcutTests {

    @Autowired
    TimelineQueries timeline;

    @Autowired
    OverviewQueries overview;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyActorAndTopicListsExactlyTheEventsThatHaveBoth() {
        List<String> actors = jdbc.sql("select code from actor order by code").query(String.class).list();
        List<String> topics = jdbc.sql("select slug from topic order by slug").query(String.class).list();
        int empty = 0;
        for (String actor : actors) {
            for (String topic : topics) {
                TimelineFilter filter = new TimelineFilter(Set.of(actor), Set.of(), Set.of(topic), null, null, null,
                        SortOrder.NEWEST_FIRST);
                List<String> expected = jdbc.sql("""
                        select e.slug from event e
                        join event_actor ea on ea.event_id = e.id join actor a on a.id = ea.actor_id
                        join event_topic et on et.event_id = e.id join topic t on t.id = et.topic_id
                        where e.status = 'PUBLISHED' and a.code = :actor and t.slug = :topic
                        order by e.sort_date desc, e.id desc
                        """).param("actor", actor).param("topic", topic).query(String.class).list();
                assertThat(timeline.page(filter, null, 100).events()).extracting(EventCard::slug)
                        .as("%s and %s", actor, topic).containsExactlyElementsOf(expected);
                assertThat(overview.marks(filter.inOrder(SortOrder.OLDEST_FIRST), 201)).extracting(EventCard::slug)
                        .as("overview of %s and %s", actor, topic).containsExactlyInAnyOrderElementsOf(expected);
                empty += expected.isEmpty() ? 1 : 0;
            }
        }
        // The seed has both kinds of pair, so both ways through are taken.
        assertThat(empty).isPositive().isLessThan(actors.size() * topics.size());
    }
}
