package org.ap4tracker.accounts;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.web.http.CookieSerializer;

/** Signed-in sessions: their cookie, and the check of every session against its account. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionProperties.class)
class SessionConfiguration {

    @Bean
    CookieSerializer sessionCookies(SessionProperties properties) {
        return new SessionCookies(properties.plainHttp());
    }

    /** Right after Spring Session has found the session, right before Spring Security reads it. */
    @Bean
    FilterRegistrationBean<AccountStateFilter> accountStateFilter(JdbcClient jdbc, Clock clock,
            SessionProperties properties) {
        var registration = new FilterRegistrationBean<>(new AccountStateFilter(jdbc, clock, properties.absoluteLifetime()));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
