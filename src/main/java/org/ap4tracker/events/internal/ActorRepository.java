package org.ap4tracker.events.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActorRepository extends JpaRepository<Actor, Long> {

    Optional<Actor> findByCode(String code);

    List<Actor> findByCodeIn(Collection<String> codes);
}
