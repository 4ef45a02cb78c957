package org.ap4tracker.events.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DevelopmentRepository extends JpaRepository<Development, Long> {

    Optional<Development> findBySlug(String slug);
}
