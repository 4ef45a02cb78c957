package org.ap4tracker.accounts;

import java.time.Clock;
import java.util.Map;

import org.ap4tracker.audit.AuditLog;
import org.ap4tracker.system.PageAccessRules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Readers need no account. Account management needs an administrator, one's own account an editor or a
 * first passkey; the other modules add the rules of their own pages as {@link PageAccessRules} beans (the desk,
 * {@code /admin/**}, needs an editor: the {@code admin} module's rule). Every page gets a strict content security policy (no inline script or style anywhere,
 * nothing from other origins), no framing, and no referrer leaking to other sites. CSRF protection stays
 * on, so every state change is a POST carrying the session's token (the sign-in form's token lives in a
 * cookie instead, see {@link LoginFormCsrfTokens}). Anonymous visitors get no session at all: the page
 * they wanted before signing in is remembered in a cookie, and a failed sign-in keeps nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginThrottleProperties.class, PasskeyProperties.class})
@EnableMultiFactorAuthentication(authorities = {})
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain site(HttpSecurity http, AuthenticationManager authenticationManager, Accounts accounts,
            PasswordPolicy passwordPolicy, Passkeys passkeys, RoleHierarchy roleHierarchy, Clock clock,
            ObjectProvider<PageAccessRules> modules) throws Exception {
        RequestCache requestCache = new CookieRequestCache();
        return http
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/admin/users/**").hasRole(Role.ADMIN.name())
                            .requestMatchers("/admin/account", "/admin/account/passkeys/**", "/webauthn/register/**")
                                    .access(SecondFactor.editorOrFirstPasskey(roleHierarchy, passkeys))
                            .requestMatchers(SecondFactor.PASSKEY_STEP).authenticated();
                    modules.orderedStream().forEach(rules -> rules.addTo(requests));
                    requests.anyRequest().permitAll();
                })
                .webAuthn(passkeySupport -> passkeySupport
                        .disableDefaultRegistrationPage(true)
                        .creationOptionsRepository(new PasskeyRegistrationOptions(clock)))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(SecondFactor.toPasskeyStep(passkeys)))
                .authenticationManager(authenticationManager)
                .formLogin(login -> login
                        .loginPage("/login")
                        .successHandler(new SignInSuccessHandler(accounts, passwordPolicy, requestCache))
                        .failureHandler(signInFailures()))
                .requestCache(cache -> cache.requestCache(requestCache))
                .csrf(csrf -> csrf.csrfTokenRepository(new LoginFormCsrfTokens()))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /** A locked-out sign-in says so; every other failure gets one message that reveals nothing about the account. */
    private static ExceptionMappingAuthenticationFailureHandler signInFailures() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?locked"));
        handler.setDefaultFailureUrl("/login?error");
        handler.setAllowSessionCreation(false);
        return handler;
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService accounts, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, AuditLog auditLog) {
        var passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        passwordCheck.setUserDetailsPasswordService(accounts);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle, auditLog));
    }

    /**
     * Argon2id, as OWASP recommends, for new hashes. Being a delegating encoder, it still verifies bcrypt
     * hashes (cost 12) and upgrades any hash to the current parameters at its owner's next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder(12));
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
            AuditLog auditLog) {
        return new AuditedPasskeyCredentials(new JdbcUserCredentialRepository(jdbc), users, auditLog);
    }

    @Bean
    WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users,
            UserCredentialRepository credentials, PasskeyProperties properties, Environment environment) {
        return new DeskRelyingParty(users, credentials, properties, environment);
    }

    /**
     * No Spring Security observations at all. With {@code management.observations.enable.spring.security=false}
     * the observations are no-ops, but Spring Security still wrapped every filter of every chain, and every
     * authorization, in an observing decorator that asks the registry on each request whether to observe
     * (docs/performance.md, "Uncached reads, third round"); with these settings it wraps nothing.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix().role(Role.ADMIN.name()).implies(Role.EDITOR.name()).build();
    }
}
