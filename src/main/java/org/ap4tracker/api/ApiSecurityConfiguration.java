package org.ap4tracker.api;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The API and its OpenAPI document have their own filter chain, ahead of the site's: stateless, no session
 * or saved request, and CORS open to every origin for GET and HEAD, without credentials. Nothing under
 * {@code /api/} changes anything yet, so there is no CSRF token to check; write endpoints will need one for
 * session-authenticated requests. Swagger UI has a chain of its own for a slightly looser content policy.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final List<String> EXPOSED_HEADERS = List.of("ETag", "Last-Modified", "Link");

    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain jsonApi(HttpSecurity http, JsonMapper json) throws Exception {
        return http
                .securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(corsFilter(json), CsrfFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }

    /**
     * Swagger UI's bundle injects a style element, which the site's policy blocks; its pages may use inline
     * styles, while scripts stay limited to its own files as everywhere else.
     */
    @Bean
    @Order(2)
    SecurityFilterChain swaggerUi(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_UI_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    private static CorsFilter corsFilter(JsonMapper json) {
        CorsConfiguration readOnly = new CorsConfiguration();
        readOnly.addAllowedOrigin(CorsConfiguration.ALL);
        readOnly.setAllowedMethods(List.of("GET", "HEAD"));
        readOnly.addAllowedHeader(CorsConfiguration.ALL);
        readOnly.setExposedHeaders(EXPOSED_HEADERS);
        readOnly.setAllowCredentials(false);
        readOnly.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource paths = new UrlBasedCorsConfigurationSource();
        paths.registerCorsConfiguration("/api/**", readOnly);
        paths.registerCorsConfiguration("/v3/api-docs", readOnly);
        paths.registerCorsConfiguration("/v3/api-docs/**", readOnly);
        CorsFilter filter = new CorsFilter(paths);
        filter.setCorsProcessor(new ProblemRejectingCorsProcessor(json));
        return filter;
    }

    /** Rejects a cross-origin request it does not allow with problem JSON, like every other API error. */
    private static final class ProblemRejectingCorsProcessor extends DefaultCorsProcessor {

        private final JsonMapper json;

        ProblemRejectingCorsProcessor(JsonMapper json) {
            this.json = json;
        }

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            String path = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                    ? attributes.getRequest().getRequestURI() : "";
            Problem problem = Problem.of(ProblemType.CROSS_ORIGIN_REJECTED, """
                    Other origins may only send GET and HEAD requests here, and this request is not one of them.""",
                    path);
            response.setStatusCode(HttpStatus.FORBIDDEN);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            response.getBody().write(json.writeValueAsBytes(problem));
            response.flush();
        }
    }
}
