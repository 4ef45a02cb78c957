package org.ap4tracker.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;

import static org.assertj.core.api.Assertions.assertThat;

/** The session cookie's name and flags follow the request's scheme, and plain HTTP can be switched off. */
class SessionCookiesTests {

    @Test
    void withPlainHttpSwitchedOffAPlainRequestGetsNoSessionCookieAndHasNoneRead() {
        SessionCookies cookies = new SessionCookies(false);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new jakarta.servlet.http.Cookie("AP4_SESSION", "c2Vzc2lvbg"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        cookies.writeCookieValue(new CookieValue(request, response, "session"));

        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
        assertThat(cookies.readCookieValues(request)).isEmpty();
    }

    @Test
    void overHttpsOnlyTheHostPrefixedCookieIsWrittenAndRead() {
        SessionCookies cookies = new SessionCookies(false);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSecure(true);
        request.setCookies(new jakarta.servlet.http.Cookie("AP4_SESSION", "cGxhbnRlZA"),
                new jakarta.servlet.http.Cookie("__Host-AP4_SESSION", "c2Vzc2lvbg"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        cookies.writeCookieValue(new CookieValue(request, response, "session"));

        assertThat(response.getHeader("Set-Cookie"))
                .startsWith("__Host-AP4_SESSION=").contains("Path=/", "Secure", "HttpOnly", "SameSite=Lax")
                .doesNotContain("Domain");
        assertThat(cookies.readCookieValues(request)).containsExactly("session");
    }
}
