package org.ap4tracker.api.http;

import java.util.Collection;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling: nobody (a reader), or an account signed in by token or session. Editors see drafts and
 * withdrawn events in full; what any signed-in caller receives is private to them and never cached.
 */
@Component
public class ApiCallers {

    static final String EDITOR_AUTHORITY = "ROLE_EDITOR";

    private final RoleHierarchy roles;

    ApiCallers(RoleHierarchy roles) {
        this.roles = roles;
    }

    public static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!signedIn() || authentication == null) {
            throw new IllegalStateException("Only signed-in callers write");
        }
        return authentication.getName();
    }

    /** Signed in with the editor role, directly or through a role that implies it. */
    public boolean editor() {
        if (!signedIn()) {
            return false;
        }
        Collection<? extends GrantedAuthority> reachable = roles.getReachableGrantedAuthorities(
                SecurityContextHolder.getContext().getAuthentication().getAuthorities());
        return reachable.stream().anyMatch(authority -> EDITOR_AUTHORITY.equals(authority.getAuthority()));
    }
}
