package org.ap4tracker.accounts;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * The tracker as a WebAuthn relying party: Spring Security's webauthn4j-based operations, made on first use
 * rather than at start-up, because without configured origins the allowed origin is the server's own port,
 * which is known only once the server listens (a random one in tests).
 */
final class DeskRelyingParty implements WebAuthnRelyingPartyOperations {

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final PasskeyProperties properties;
    private final Environment environment;
    private volatile @Nullable WebAuthnRelyingPartyOperations operations;

    DeskRelyingParty(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
            PasskeyProperties properties, Environment environment) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return operations().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        return operations().registerCredential(request);
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return operations().createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return operations().authenticate(request);
    }

    private WebAuthnRelyingPartyOperations operations() {
        WebAuthnRelyingPartyOperations made = operations;
        if (made == null) {
            synchronized (this) {
                if (operations == null) {
                    Set<String> origins = new LinkedHashSet<>(properties.allowedOrigins());
                    if (origins.isEmpty()) {
                        origins.add("http://localhost:" + environment.getProperty("local.server.port", "8080"));
                    }
                    operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
                            PublicKeyCredentialRpEntity.builder().id(properties.rpId()).name("AP4 Tracker").build(),
                            origins);
                }
                made = operations;
            }
        }
        return made;
    }
}
