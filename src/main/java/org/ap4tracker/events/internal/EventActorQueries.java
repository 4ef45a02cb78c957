package org.ap4tracker.events.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ap4tracker.events.ActorRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The actors of any number of events in one statement, NATO first and then by name. */
@Repository
class EventActorQueries {

    private final JdbcClient jdbc;

    EventActorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, List<ActorRef>> actorsOf(Collection<Long> eventIds) {
        Map<Long, List<ActorRef>> byEvent = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return byEvent;
        }
        jdbc.sql("""
                select ea.event_id, %s
                from event_actor ea join actor a on a.id = ea.actor_id
                where ea.event_id in (:ids)
                order by ea.event_id, a.kind = 'ALLIANCE' desc, a.name
                """.formatted(SqlRows.ACTOR_COLUMNS))
                .param("ids", eventIds)
                .param("lang", ContentLanguage.current())
                .query(rs -> {
                    byEvent.computeIfAbsent(rs.getLong("event_id"), id -> new ArrayList<>()).add(SqlRows.actor(rs));
                });
        return byEvent;
    }

    List<ActorRef> actorsOf(long eventId) {
        return actorsOf(List.of(eventId)).getOrDefault(eventId, List.of());
    }
}
