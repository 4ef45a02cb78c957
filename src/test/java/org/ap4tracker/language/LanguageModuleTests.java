package org.ap4tracker.language;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.LocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language module starts with only what it declares it uses ({@code system}), and no database: the reader's
 * language comes from the switch's cookie, then Accept-Language among the three languages, then English.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
class LanguageModuleTests {

    @Autowired
    LocaleResolver locales;

    @Test
    void theReadersLanguageComesFromTheSwitchThenTheBrowserThenEnglish() {
        assertThat(locales.resolveLocale(request("ko", null))).isEqualTo(ReaderLanguage.KOREAN.locale());
        assertThat(locales.resolveLocale(request("ko", "ja"))).isEqualTo(ReaderLanguage.JAPANESE.locale());
        assertThat(locales.resolveLocale(request("fr", null))).isEqualTo(ReaderLanguage.ENGLISH.locale());
    }

    private static MockHttpServletRequest request(String acceptLanguage, String chosen) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept-Language", acceptLanguage);
        if (chosen != null) {
            request.setCookies(new Cookie(ReaderLocaleResolver.COOKIE_NAME, chosen));
        }
        return request;
    }
}
