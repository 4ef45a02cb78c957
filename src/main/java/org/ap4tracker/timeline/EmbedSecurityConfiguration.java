package org.ap4tracker.timeline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * {@code /embed} is the one page other sites may put in a frame: it gets the site's strict content policy,
 * except that its {@code frame-ancestors} are the configured sources ({@code ap4.embed.frame-ancestors},
 * any site by default) instead of none, and no {@code X-Frame-Options}, which cannot name several sites.
 * Every other page keeps refusing to be framed. It reads nothing of the visitor's session and starts none.
 */
@Configuration(proxyBeanMethods = false)
class EmbedSecurityConfiguration {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors %s";

    @Bean
    @Order(3)
    SecurityFilterChain embed(HttpSecurity http, EmbedProperties properties) throws Exception {
        return http
                .securityMatcher(EmbedController.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .frameOptions(frameOptions -> frameOptions.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(POLICY.formatted(properties.frameAncestors())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }
}
