package org.ap4tracker.accounts;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The passkey step of signing in. A session that has given its password but still owes the passkey its
 * role requires holds no role ({@link AccountStateFilter}); this sends it to the step it owes, and lets it
 * register a first passkey when it has none yet.
 */
final class SecondFactor {

    static final String PASSKEY_STEP = "/login/passkey";

    static final String FIRST_PASSKEY = "/admin/account?registerPasskey";

    private SecondFactor() {
    }

    /** Whether the session has signed in with a passkey (Spring Security marks each factor it verified). */
    static boolean taken(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(authority.getAuthority()));
    }

    /** Signed in with a password, but holding no role until the passkey step. */
    static boolean pending(@Nullable Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream()
                        .noneMatch(authority -> authority.getAuthority() != null && authority.getAuthority().startsWith("ROLE_"));
    }

    /**
     * Editors may use the Account page and manage passkeys; so may a session owing its passkey step when the
     * account has no passkey yet, so that it can register its first one.
     */
    static AuthorizationManager<RequestAuthorizationContext> editorOrFirstPasskey(RoleHierarchy roles, Passkeys passkeys) {
        AuthorityAuthorizationManager<RequestAuthorizationContext> editor = AuthorityAuthorizationManager.hasRole(Role.EDITOR.name());
        editor.setRoleHierarchy(roles);
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
                    RequestAuthorizationContext context) {
                AuthorizationResult asEditor = editor.authorize(authentication, context);
                if (asEditor != null && asEditor.isGranted()) {
                    return asEditor;
                }
                Authentication who = authentication.get();
                return new AuthorizationDecision(pending(who) && !passkeys.hasAny(who.getName()));
            }
        };
    }

    /** Sends a session that owes its passkey to the step (or to register one); refuses everyone else. */
    static AccessDeniedHandler toPasskeyStep(Passkeys passkeys) {
        AccessDeniedHandlerImpl refuse = new AccessDeniedHandlerImpl();
        return new AccessDeniedHandler() {
            @Override
            public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
                    throws IOException, ServletException {
                Authentication who = SecurityContextHolder.getContext().getAuthentication();
                if (pending(who)) {
                    response.sendRedirect(request.getContextPath()
                            + (passkeys.hasAny(who.getName()) ? PASSKEY_STEP : FIRST_PASSKEY));
                    return;
                }
                refuse.handle(request, response, denied);
            }
        };
    }
}
