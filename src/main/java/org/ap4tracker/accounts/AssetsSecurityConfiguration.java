package org.ap4tracker.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * Static files ({@code /assets/**}: style sheets, scripts, icons, all public and the same for everyone) get
 * their own short filter chain: the site's security headers, and nothing that reads or starts a session,
 * remembers a request or checks a CSRF token, work the site's chain would otherwise do for every file a
 * page pulls in. A chain rather than {@code WebSecurityCustomizer.ignoring()}, which Spring Security
 * advises against because ignored requests get no security headers either.
 */
@Configuration(proxyBeanMethods = false)
class AssetsSecurityConfiguration {

    static final String ASSETS = "/assets/**";

    @Bean
    @Order(0)
    SecurityFilterChain assets(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(ASSETS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // No session management at all: even stateless, its filter asks whether a requested session id
                // is valid, which makes Spring Session read the session from the database.
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(sessions -> sessions.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /**
     * Spring MVC's flash-map manager asks for the session on every dispatch, so a static file requested with a
     * session cookie made Spring Session read that session from the database. Static files never carry flash
     * attributes (those follow a redirect to a page), so for them the lookup is skipped. The manager Spring MVC
     * defines is decorated rather than replaced, since its bean cannot be overridden.
     */
    @Bean
    static BeanPostProcessor assetsSkipFlashMaps() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof FlashMapManager manager && DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME.equals(beanName)
                        ? new AssetsWithoutFlashMaps(manager) : bean;
            }
        };
    }

    /** Flash maps for every request but static files'. */
    record AssetsWithoutFlashMaps(FlashMapManager pages) implements FlashMapManager {

        @Override
        public @Nullable FlashMap retrieveAndUpdate(HttpServletRequest request, HttpServletResponse response) {
            return isAsset(request) ? null : pages.retrieveAndUpdate(request, response);
        }

        @Override
        public void saveOutputFlashMap(FlashMap flashMap, HttpServletRequest request, HttpServletResponse response) {
            pages.saveOutputFlashMap(flashMap, request, response);
        }

        private static boolean isAsset(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/assets/");
        }
    }
}
