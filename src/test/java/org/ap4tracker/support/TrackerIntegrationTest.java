package org.ap4tracker.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real server port, backed by a throw-away embedded PostgreSQL migrated by
 * Flyway and loaded with the seed dataset. Every test class using this shares one context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ap4.storage.ephemeral=true")
@AutoConfigureMockMvc
@Import(StatementCounter.class)
public @interface TrackerIntegrationTest {
}
