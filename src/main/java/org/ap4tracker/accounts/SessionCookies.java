package org.ap4tracker.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, named by how the request arrived. Over HTTPS it is {@code __Host-AP4_SESSION}: the
 * prefix makes browsers accept it only with {@code Secure}, {@code Path=/} and no {@code Domain}, so neither
 * a plain-HTTP response nor a sibling subdomain can plant or overwrite it. Over plain HTTP (development
 * only, see {@link SessionProperties#plainHttp()}) it is {@code AP4_SESSION}, and nothing at all when plain
 * HTTP is switched off. Both are HttpOnly and SameSite=Lax.
 */
final class SessionCookies implements CookieSerializer {

    static final String SECURE_NAME = "__Host-AP4_SESSION";

    static final String PLAIN_NAME = "AP4_SESSION";

    private final DefaultCookieSerializer secure = serializer(SECURE_NAME, true);
    private final DefaultCookieSerializer plain = serializer(PLAIN_NAME, false);
    private final boolean plainHttp;

    SessionCookies(boolean plainHttp) {
        this.plainHttp = plainHttp;
    }

    @Override
    public void writeCookieValue(CookieValue cookieValue) {
        if (cookieValue.getRequest().isSecure()) {
            secure.writeCookieValue(cookieValue);
        }
        else if (plainHttp) {
            plain.writeCookieValue(cookieValue);
        }
    }

    @Override
    public List<String> readCookieValues(HttpServletRequest request) {
        if (request.isSecure()) {
            return secure.readCookieValues(request);
        }
        return plainHttp ? plain.readCookieValues(request) : List.of();
    }

    private static DefaultCookieSerializer serializer(String name, boolean secureOnly) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setUseSecureCookie(secureOnly);
        return serializer;
    }
}
