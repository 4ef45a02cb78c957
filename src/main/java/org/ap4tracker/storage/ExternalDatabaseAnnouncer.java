package org.ap4tracker.storage;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says in the log which external database the tracker uses, without its credentials. */
@Component
@ConditionalOnProperty("spring.datasource.url")
class ExternalDatabaseAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseAnnouncer.class);

    private final String url;

    /** Spring Boot's own typed {@code spring.datasource.*} settings; the condition above makes the URL present. */
    ExternalDatabaseAnnouncer(DataSourceProperties dataSource) {
        this.url = Objects.requireNonNull(dataSource.getUrl());
    }

    @EventListener(ApplicationStartedEvent.class)
    void announce() {
        log.info("Using external PostgreSQL at {}", withoutQuery(url));
    }

    private static String withoutQuery(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
