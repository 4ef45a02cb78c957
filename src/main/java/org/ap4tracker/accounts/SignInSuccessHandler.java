package org.ap4tracker.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After a password sign-in: binds the new session to the account's current credentials version and notes
 * the client address; then either asks a user whose password no longer meets the policy to change it, or
 * goes on to the page they wanted (or the desk).
 */
class SignInSuccessHandler implements AuthenticationSuccessHandler {

    static final String CHANGE_PASSWORD_PAGE = "/admin/account?weakPassword";

    private final Accounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInSuccessHandler(Accounts accounts, PasswordPolicy passwordPolicy, RequestCache requestCache) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        onwards.setDefaultTargetUrl("/admin");
        onwards.setRequestCache(requestCache);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        SignedInSession.start(request, accounts.credentialsVersion(authentication.getName()));
        String password = request.getParameter("password");
        if (password != null && !passwordPolicy.accepts(authentication.getName(), password)) {
            request.getSession().setAttribute(SignedInSession.WEAK_PASSWORD, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
            return;
        }
        onwards.onAuthenticationSuccess(request, response, authentication);
    }
}
