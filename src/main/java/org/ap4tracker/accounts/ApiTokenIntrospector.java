package org.ap4tracker.accounts;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Lets Spring Security's bearer-token support ({@code oauth2ResourceServer().opaqueToken()}) check the
 * tracker's own tokens: the request then acts as the token's owner, with the owner's role.
 */
@NamedInterface("tokens")
@Component
public class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    private final ApiTokens tokens;

    ApiTokenIntrospector(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        ApiTokens.TokenHolder holder = tokens.authenticate(token)
                .orElseThrow(() -> new BadOpaqueTokenException("The token is unknown, revoked, or its account disabled"));
        List<GrantedAuthority> authorities = holder.role() == Role.ADMIN
                ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_EDITOR"))
                : List.<GrantedAuthority>of(new SimpleGrantedAuthority("ROLE_EDITOR"));
        return new DefaultOAuth2AuthenticatedPrincipal(holder.username(),
                Map.of("sub", holder.username(), "token_id", holder.tokenId()), authorities);
    }
}
