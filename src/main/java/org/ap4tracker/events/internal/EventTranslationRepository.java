package org.ap4tracker.events.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EventTranslationRepository extends JpaRepository<EventTranslation, EventTranslation.Key> {
}
