package org.ap4tracker.events.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EventRepository extends JpaRepository<Event, Long> {

    Optional<Event> findBySlug(String slug);

    List<Event> findBySlugIn(Collection<String> slugs);

    boolean existsBySlug(String slug);
}
