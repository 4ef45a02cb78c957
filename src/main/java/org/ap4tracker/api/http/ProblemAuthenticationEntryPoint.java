package org.ap4tracker.api.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem JSON, with the {@code WWW-Authenticate: Bearer} challenge of RFC 6750: without an error
 * when no credentials came, with {@code error="invalid_token"} when a token came that is not (or no longer)
 * valid.
 */
// Deliberate parallel of ProblemAccessDeniedHandler: Spring Security asks for two interfaces; the 401 adds a challenge.
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String REALM = "AP4 Tracker API";

    private final ApiProblems problems;

    ProblemAuthenticationEntryPoint(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean badToken = failure instanceof OAuth2AuthenticationException;
        HttpHeaders challenge = new HttpHeaders();
        challenge.set(HttpHeaders.WWW_AUTHENTICATE, badToken
                ? "Bearer realm=\"%s\", error=\"invalid_token\", error_description=\"The token is unknown, revoked, or its account is disabled\""
                        .formatted(REALM)
                : "Bearer realm=\"%s\"".formatted(REALM));
        problems.write(request, response, ApiProblemException.of(ProblemType.AUTHENTICATION_REQUIRED, badToken ? """
                The bearer token is not valid: it is unknown, was revoked, or its account is disabled. Create a new \
                token under /admin/tokens.""" : """
                This needs an editor's account: send a personal API token as Authorization: Bearer ap4_…, or \
                the signed-in site session with its CSRF token in X-CSRF-TOKEN.""", challenge));
    }
}
