package org.ap4tracker.events.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.ap4tracker.events.EventRuleException;
import org.ap4tracker.events.EventStatus;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.events.Stance;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.ap4tracker.events.SourceKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The JPA write model maps onto the Flyway schema and keeps the aggregate's rules. */
@TrackerIntegrationTest
@Transactional
class EventRepositoryTests {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Autowired
    EventRepository events;

    @Autowired
    ActorRepository actors;

    @Autowired
    EntityManager entityManager;

    @Test
    void anEventIsStoredWithItsOrderedSourcesStatementsAndActors() {
        Actor japan = actors.findByCode("JP").orElseThrow();
        Event event = new Event("2024-07-10-washington-summit", "Washington Summit", "Leaders meet in Washington.",
                HonestDate.days(LocalDate.of(2024, 7, 9), LocalDate.of(2024, 7, 11)), EventType.SUMMIT, "editor", NOW);
        event.involve(japan);
        event.addSource(new Source("https://example.org/first", "First", "Publisher", null, null, null, SourceKind.NEWS));
        event.addSource(new Source("https://example.org/second", "Second", null, null, null, null, SourceKind.OFFICIAL));
        event.addStatement(new Statement("A Speaker", "Minister", japan, LocalDate.of(2024, 7, 10), "We welcome it.",
                null, "en", null, Stance.SUPPORTIVE, null));
        event.publish("editor", NOW);
        events.saveAndFlush(event);
        entityManager.clear();

        Event stored = events.findBySlug("2024-07-10-washington-summit").orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(stored.getDate()).isEqualTo(event.getDate());
        assertThat(stored.getSources()).extracting(Source::title).containsExactly("First", "Second");
        assertThat(stored.getStatements()).singleElement()
                .satisfies(statement -> assertThat(statement.actor().getCode()).isEqualTo("JP"));
        assertThat(stored.getActors()).extracting(Actor::getCode).containsExactly("JP");
        assertThat(stored.getVersion()).isNotNull();
    }

    @Test
    void anEventWithoutSourcesCannotBePublished() {
        Event event = new Event("2024-unsourced", "Unsourced", "No source yet.",
                HonestDate.year(2024, org.ap4tracker.events.DateQualifier.EXACT), EventType.REPORT, "editor", NOW);

        assertThatExceptionOfType(EventRuleException.class).isThrownBy(() -> event.publish("editor", NOW))
                .satisfies(refusal -> assertThat(refusal.messageCode()).isEqualTo("event.rule.publishNeedsSource"));
        assertThat(event.getStatus()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void withdrawingKeepsThePublicReason() {
        Event event = events.findBySlug("2023-07-12-nato-japan-itpp-agreed").orElseThrow();

        event.withdraw("Duplicate of another entry.", "editor", NOW);
        events.saveAndFlush(event);

        assertThat(event.getStatus()).isEqualTo(EventStatus.WITHDRAWN);
    }
}
