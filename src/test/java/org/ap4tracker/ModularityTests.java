package org.ap4tracker;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a module: the domain (events) never reaches into web code, and no module uses
 * another's internals (JPA entities stay inside events).
 */
class ModularityTests {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(Ap4TrackerApplication.class).verify();
    }
}
