package org.ap4tracker.api.http;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.ap4tracker.accounts.ApiTokenIntrospector;
import org.ap4tracker.api.writes.IdempotencyKeys;
import org.ap4tracker.api.writes.IdempotentCreates;
import org.ap4tracker.api.writes.WriteQuota;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The API and its OpenAPI document have their own filter chain, ahead of the site's. Reading needs no
 * account. Writing events needs the editor role, proven in one of two ways:
 * <ul>
 * <li>a personal API token, {@code Authorization: Bearer ap4_…}, checked by {@link ApiTokenIntrospector};
 * such a request needs no CSRF token, since browsers never add that header on their own;</li>
 * <li>the site's session cookie, for scripts running in an editor's browser; such a request must carry the
 * session's CSRF token in {@code X-CSRF-TOKEN}, exactly as the desk's forms do.</li>
 * </ul>
 * The chain never creates a session, and keeps no saved request. CORS stays open to every origin for GET
 * and HEAD only, without credentials, so other sites cannot write with a visitor's cookie. Failures are
 * problem JSON: 401 with {@code WWW-Authenticate: Bearer}, 403 for a missing role or CSRF token, 429 when an
 * account writes too fast ({@link WriteQuota}). Swagger UI has a chain of its own for a slightly looser
 * content policy.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final List<String> EXPOSED_HEADERS = List.of("ETag", "Last-Modified", "Link");

    private static final String EDITOR = "EDITOR";

    private static final String[] EVENT_WRITES = {ApiLinks.BASE_PATH + "/events", ApiLinks.BASE_PATH + "/events/**"};

    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain jsonApi(HttpSecurity http, ApiProblems problems, IdempotencyKeys idempotencyKeys,
            ApiTokenIntrospector tokens, JdbcClient jdbc,
            ApiProperties properties) throws Exception {
        return http
                .securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, EVENT_WRITES).hasRole(EDITOR)
                        .requestMatchers(HttpMethod.PUT, EVENT_WRITES).hasRole(EDITOR)
                        .requestMatchers(HttpMethod.PATCH, EVENT_WRITES).hasRole(EDITOR)
                        .requestMatchers(HttpMethod.DELETE, EVENT_WRITES).hasRole(EDITOR)
                        .requestMatchers(ApiLinks.BASE_PATH + "/desk/**").hasRole(EDITOR)
                        .anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(ApiSecurityConfiguration::signedInBySession))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .opaqueToken(opaque -> opaque.introspector(tokens))
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint(problems))
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint(problems))
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
                .addFilterBefore(corsFilter(problems), CsrfFilter.class)
                // After authorisation, in this order: count the write, bound its body, then replay or claim its key.
                .addFilterAfter(new WriteQuota(jdbc, problems, properties.writesPerMinute()), AuthorizationFilter.class)
                .addFilterAfter(new ApiRequestBodies(problems), WriteQuota.class)
                .addFilterAfter(new IdempotentCreates(idempotencyKeys, problems), ApiRequestBodies.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }

    /**
     * A state-changing request that the site's session has signed in must prove it comes from the site's own
     * pages. The security context is loaded from the session before this check, and a bearer token is only
     * read after it, so being signed in here means being signed in by the session. A request that sends a
     * bearer token is judged by the token instead, whatever cookies come with it.
     */
    private static boolean signedInBySession(HttpServletRequest request) {
        String method = request.getMethod();
        if (HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method)
                || HttpMethod.TRACE.matches(method)) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return ApiCallers.signedIn();
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

    private static CorsFilter corsFilter(ApiProblems problems) {
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
        filter.setCorsProcessor(new ProblemRejectingCorsProcessor(problems));
        return filter;
    }

    /** Rejects a cross-origin request it does not allow with problem JSON, like every other API error. */
    private static final class ProblemRejectingCorsProcessor extends DefaultCorsProcessor {

        private final ApiProblems problems;

        ProblemRejectingCorsProcessor(ApiProblems problems) {
            this.problems = problems;
        }

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                    && response instanceof ServletServerHttpResponse servlet) {
                problems.write(attributes.getRequest(), servlet.getServletResponse(), ApiProblemException.of(
                        ProblemType.CROSS_ORIGIN_REJECTED, """
                        Other origins may only send GET and HEAD requests here, and this request is not one of them."""));
                return;
            }
            super.rejectRequest(response);
        }
    }
}
