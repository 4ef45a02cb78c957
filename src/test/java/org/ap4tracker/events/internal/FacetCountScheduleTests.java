package org.ap4tracker.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The facet counts are compacted on the interval of the typed setting: every 10 minutes unless set. */
@TrackerIntegrationTest
class FacetCountScheduleTests {

    @Autowired
    ScheduledTaskHolder scheduled;

    @Autowired
    FacetCountProperties properties;

    @Test
    void compactionRunsEveryTenMinutesUnlessSet() {
        assertThat(properties.compactionInterval()).isNull();
        assertThat(scheduled.getScheduledTasks())
                .map(task -> task.getTask())
                .filteredOn(FixedDelayTask.class::isInstance)
                .map(FixedDelayTask.class::cast)
                .anySatisfy(task -> {
                    assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(10));
                    assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(10));
                });
    }
}
