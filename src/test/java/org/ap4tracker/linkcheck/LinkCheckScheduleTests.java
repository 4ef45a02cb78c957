package org.ap4tracker.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The cited addresses are checked on the interval of the typed setting (AP4_LINKCHECK_INTERVAL): six hours unless set. */
@TrackerIntegrationTest
class LinkCheckScheduleTests {

    @Autowired
    ScheduledTaskHolder scheduled;

    @Autowired
    LinkCheckProperties properties;

    @Test
    void theCheckerRunsEverySixHoursFirstAfterSixHours() {
        assertThat(properties.interval()).isEqualTo(Duration.ofHours(6));
        assertThat(scheduled.getScheduledTasks())
                .map(task -> task.getTask())
                .filteredOn(FixedDelayTask.class::isInstance)
                .map(FixedDelayTask.class::cast)
                .anySatisfy(task -> {
                    assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(6));
                    assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofHours(6));
                });
    }
}
