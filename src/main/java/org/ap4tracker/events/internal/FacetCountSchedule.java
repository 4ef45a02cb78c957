package org.ap4tracker.events.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link FacetCountCompaction} every {@code ap4.facet-counts.compaction-interval}, first after one interval.
 * Registered here rather than with {@code @Scheduled} so that the interval is a typed, documented setting.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FacetCountProperties.class)
class FacetCountSchedule implements SchedulingConfigurer {

    private final FacetCountCompaction compaction;
    private final FacetCountProperties properties;

    FacetCountSchedule(FacetCountCompaction compaction, FacetCountProperties properties) {
        this.compaction = compaction;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        Duration every = properties.interval();
        // The compaction bean, not this class, so that its @Transactional proxy runs each time.
        tasks.addFixedDelayTask(new FixedDelayTask(compaction::compact, every, every));
    }
}
