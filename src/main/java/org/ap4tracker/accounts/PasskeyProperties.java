package org.ap4tracker.accounts;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where passkeys are valid: {@code rpId} is the site's host name (a passkey made for one host never signs in
 * at another), {@code allowedOrigins} the exact origins pages may call from. Unset, they are
 * {@code localhost} and {@code http://localhost:<the server's port>}, for development and tests.
 *
 * @param rpId the site's host name, the relying party of its passkeys ({@code localhost} unless set)
 * @param allowedOrigins the exact origins pages may register and use passkeys from
 */
@ConfigurationProperties("ap4.passkeys")
record PasskeyProperties(@Nullable String rpId, @Nullable List<String> allowedOrigins) {

    PasskeyProperties {
        rpId = rpId == null || rpId.isBlank() ? "localhost" : rpId;
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream().filter(o -> !o.isBlank()).toList();
    }
}
