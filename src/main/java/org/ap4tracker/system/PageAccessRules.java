package org.ap4tracker.system;

import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's rules for who may open its own pages. Each module that serves pages behind a role declares a
 * bean of this type; the site's security chain ({@code SecurityConfiguration} in {@code accounts}) adds them
 * in order after its own rules and before "everything else is public", so no module guards another's pages
 * by their addresses. It lives here rather than in {@code accounts} because {@code audit}, which
 * {@code accounts} uses, declares rules too.
 *
 * <p>Rules are matched first to last. A module's rules come at order 0 by default; the desk's rule for the
 * rest of {@code /admin/**} (in {@code admin}) comes {@link #LAST}, so a stricter rule of any module for its
 * own desk pages is always met first.
 */
@FunctionalInterface
public interface PageAccessRules extends Ordered {

    /** The order of the rule that covers every desk address not claimed before it. */
    int LAST = Ordered.LOWEST_PRECEDENCE;

    /** The names of the roles of {@code accounts.Role}, as {@code hasRole} takes them. */
    String EDITOR = "EDITOR";

    String ADMIN = "ADMIN";

    void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

    @Override
    default int getOrder() {
        return 0;
    }

    /** These rules, matched after every other module's: for a rule that covers a whole area of addresses. */
    static PageAccessRules last(PageAccessRules rules) {
        return new PageAccessRules() {

            @Override
            public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
                    requests) {
                rules.addTo(requests);
            }

            @Override
            public int getOrder() {
                return LAST;
            }
        };
    }
}
