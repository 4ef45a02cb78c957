package org.ap4tracker.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every signed-in session to its account as it is now, on every request, before Spring Security reads
 * the session. The session ends when the account is gone or disabled, when its password changed since the
 * session signed in, or when the session outlived its absolute lifetime; a changed role replaces the
 * session's role at once, upwards or downwards. While the account's role must add a passkey and the session
 * has not, the session holds no role at all: it can only take the passkey step (or register a first
 * passkey), on the site and the API alike. It runs ahead of every security filter chain, so no chain can
 * act on a stale sign-in.
 */
class AccountStateFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountStateFilter.class);

    private static final String ROLE_PREFIX = "ROLE_";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration absoluteLifetime;

    AccountStateFilter(JdbcClient jdbc, Clock clock, Duration absoluteLifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.absoluteLifetime = absoluteLifetime;
    }

    /** Static files are the same for everyone: no need to load the session, let alone check its account. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/assets/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                && context.getAuthentication() != null) {
            check(session, context.getAuthentication());
        }
        chain.doFilter(request, response);
    }

    private void check(HttpSession session, Authentication authentication) {
        String username = authentication.getName();
        Optional<State> state = jdbc.sql("""
                select u.role, u.enabled, u.credentials_version,
                       exists (select 1 from second_factor_requirement r where r.role = u.role) as second_factor
                from app_user u where u.username = :name""")
                .param("name", username)
                .query((rs, n) -> new State(Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                        rs.getLong("credentials_version"), rs.getBoolean("second_factor")))
                .optional();
        String ended = whyEnded(session, state);
        if (ended != null) {
            log.info("Session of '{}' ended: {}", username, ended);
            session.invalidate();
            return;
        }
        Set<String> granted = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .collect(Collectors.toSet());
        Set<String> due = state.get().secondFactor() && !SecondFactor.taken(authentication)
                ? Set.of() : Set.of(ROLE_PREFIX + state.get().role().name());
        if (!granted.equals(due)) {
            Authentication refreshed = authentication.toBuilder()
                    .authorities(authorities -> {
                        authorities.removeIf(authority -> authority.getAuthority() != null
                                && authority.getAuthority().startsWith(ROLE_PREFIX));
                        due.forEach(role -> authorities.add(new SimpleGrantedAuthority(role)));
                    })
                    .build();
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    new SecurityContextImpl(refreshed));
            log.info("Session of '{}' now acts as {}", username, due.isEmpty() ? "no role until its passkey step" : due);
        }
    }

    private @Nullable String whyEnded(HttpSession session, Optional<State> state) {
        if (state.isEmpty()) {
            return "the account no longer exists";
        }
        if (!state.get().enabled()) {
            return "the account is disabled";
        }
        if (!Objects.equals(SignedInSession.credentialsVersion(session), state.get().credentialsVersion())) {
            return "the password changed since it signed in";
        }
        if (clock.millis() - session.getCreationTime() > absoluteLifetime.toMillis()) {
            return "it reached its absolute lifetime of " + absoluteLifetime;
        }
        return null;
    }

    private record State(Role role, boolean enabled, long credentialsVersion, boolean secondFactor) {
    }
}
