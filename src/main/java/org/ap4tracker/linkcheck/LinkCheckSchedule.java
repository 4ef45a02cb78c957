package org.ap4tracker.linkcheck;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the {@link LinkChecker} every {@code ap4.link-check.interval}, first after one interval. Registered here
 * rather than with {@code @Scheduled} so that the interval and its default live in one place, the typed
 * {@link LinkCheckProperties}, as the facet-count compaction's do.
 */
@Configuration(proxyBeanMethods = false)
class LinkCheckSchedule implements SchedulingConfigurer {

    private final LinkChecker checker;
    private final LinkCheckProperties properties;

    LinkCheckSchedule(LinkChecker checker, LinkCheckProperties properties) {
        this.checker = checker;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        Duration every = properties.interval();
        tasks.addFixedDelayTask(new FixedDelayTask(checker::scheduled, every, every));
    }
}
