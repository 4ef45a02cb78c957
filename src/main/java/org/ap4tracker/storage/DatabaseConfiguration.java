package org.ap4tracker.storage;

import java.io.IOException;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Chooses the database when the application starts: the server named by {@code spring.datasource.url}, or,
 * when none is set, an embedded PostgreSQL. One bean makes the choice at run time, rather than a condition on
 * the bean definitions, because the ahead-of-time processed build (which the packaged jar starts from) fixes
 * the bean definitions and their conditions when it is built. Boot's connection pool, Flyway, JPA and health
 * checks then work the same way against either. The embedded server is started early on a thread of its own
 * ({@link EarlyEmbeddedDatabase}) and only waited for here.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    // static: a bean factory post-processor is created before this configuration class's instance can be
    @Bean
    static EarlyEmbeddedDatabase earlyEmbeddedDatabase() {
        return new EarlyEmbeddedDatabase();
    }

    @Bean
    static DeferredRepositories deferredRepositories() {
        return new DeferredRepositories();
    }

    @Bean(destroyMethod = "close")
    DatabaseConnection databaseConnection(DataSourceProperties dataSource, EmbeddedDatabaseProperties embedded,
            EarlyEmbeddedDatabase early) throws IOException {
        return StringUtils.hasText(dataSource.getUrl())
                ? DatabaseConnection.external(dataSource)
                : DatabaseConnection.embedded(early.take(embedded));
    }
}
