package org.ap4tracker.responsecache;

import java.time.Clock;

import org.ap4tracker.system.PublicUrls;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResponseCacheProperties.class)
class ResponseCacheConfiguration {

    /**
     * Ahead of Spring Session (HIGHEST_PRECEDENCE + 50) and Spring Security (-100): a kept page needs neither,
     * which is most of what it saves.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 40;

    @Bean
    FilterRegistrationBean<AnonymousResponseCache> anonymousResponseCache(PublicVersion publicVersion, PublicUrls urls, Clock clock,
            LocaleResolver localeResolver, ResponseCacheProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new AnonymousResponseCache(publicVersion, urls, clock, localeResolver, properties.maxBytes()));
        registration.setOrder(ORDER);
        registration.setEnabled(properties.on());
        return registration;
    }
}
