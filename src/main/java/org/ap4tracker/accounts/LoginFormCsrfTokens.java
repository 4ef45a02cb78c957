package org.ap4tracker.accounts;

import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ap4tracker.language.ReaderLanguage;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where the CSRF token lives: for the sign-in form in an HttpOnly cookie sent only to {@code /login} (or its
 * Japanese and Korean addresses, {@code /ja/login} and {@code /ko/login}, each with a cookie of its own), so that
 * showing the form to an anonymous visitor creates no session; everywhere else in the session, as before
 * (the API's session callers read the same session token). The form still carries the token, and the POST
 * must match the cookie, so the sign-in form keeps its protection against cross-site login.
 */
final class LoginFormCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE_NAME = "AP4_LOGIN_CSRF";

    private final RequestMatcher loginForm = PathPatternRequestMatcher.withDefaults().matcher("/login");
    private final Map<ReaderLanguage, CookieCsrfTokenRepository> cookies = new EnumMap<>(ReaderLanguage.class);
    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

    /** One cookie per language's sign-in form, each sent only to that form: /login, /ja/login, /ko/login. */
    LoginFormCsrfTokens() {
        for (ReaderLanguage language : ReaderLanguage.values()) {
            CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();
            cookie.setCookieName(COOKIE_NAME);
            cookie.setCookiePath(language.prefix() + "/login");
            cookie.setCookieCustomizer(customizer -> customizer.sameSite("Lax"));
            cookies.put(language, cookie);
        }
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return repository(request).generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        repository(request).saveToken(token, request, response);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return repository(request).loadToken(request);
    }

    private CsrfTokenRepository repository(HttpServletRequest request) {
        return loginForm.matches(request) ? cookies.get(ReaderLanguage.ofAddress(request)) : session;
    }
}
