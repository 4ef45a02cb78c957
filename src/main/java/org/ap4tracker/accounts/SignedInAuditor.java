package org.ap4tracker.accounts;

import org.ap4tracker.audit.Auditor;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The {@link Auditor} at the web edge: the signed-in account of the current request and the request's client
 * address. The address is the peer of the connection as the servlet container reports it; it trusts
 * forwarding headers only when the server is configured to sit behind a proxy, so a client cannot choose its
 * own address by sending a header.
 */
@Component
class SignedInAuditor implements Auditor {

    @Override
    public String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    @Override
    public @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
