package org.ap4tracker.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says in the log which external database the tracker uses, without its credentials. */
@Component
class ExternalDatabaseAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseAnnouncer.class);

    private final DatabaseConnection database;

    ExternalDatabaseAnnouncer(DatabaseConnection database) {
        this.database = database;
    }

    @EventListener(ApplicationStartedEvent.class)
    void announce() {
        if (!database.isEmbedded()) {
            log.info("Using external PostgreSQL at {}", withoutQuery(database.getJdbcUrl()));
        }
    }

    private static String withoutQuery(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
